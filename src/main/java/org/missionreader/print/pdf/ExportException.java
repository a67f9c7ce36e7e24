package org.missionreader.print.pdf;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.missionreader.i18n.Messages;

/** Why a PDF could not be written, in words a reader can act on (translated by {@link #message}). */
public final class ExportException extends Exception {

    /** The causes a reader can do something about, and the rest. */
    public enum Reason {
        NOT_WRITABLE, DISK_FULL, NO_FOLDER, IS_FOLDER,
        /** A device, a FIFO or a socket stands where the file would go: it is never replaced. */
        NOT_A_FILE,
        /** The file exists and is read-only: replaced only if the reader says so (write with replaceReadOnly). */
        READ_ONLY,
        OTHER
    }

    private final Reason reason;
    private final Path target;
    private final String detail;

    public ExportException(Reason reason, Path target, String detail, Throwable cause) {
        super(reason + ": " + target + (detail == null ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
        this.target = target;
        this.detail = detail;
    }

    /** Classifies an I/O failure while writing {@code target}. */
    static ExportException from(IOException e, Path target) {
        String text = String.valueOf(e.getMessage()) + " "
                + (e instanceof FileSystemException fs ? String.valueOf(fs.getReason()) : "");
        String lower = text.toLowerCase(Locale.ROOT);
        Reason reason;
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            reason = Reason.DISK_FULL;
        } else if (e instanceof AccessDeniedException || lower.contains("read-only file system")
                || lower.contains("operation not permitted") || lower.contains("permission denied")) {
            reason = Reason.NOT_WRITABLE;
        } else if (e instanceof NoSuchFileException) {
            reason = Reason.NO_FOLDER;
        } else {
            reason = Reason.OTHER;
        }
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return new ExportException(reason, target, detail == null ? e.getClass().getSimpleName() : detail, e);
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }

    /** What went wrong and where, in the interface language. */
    public String message(Locale locale) {
        Path folder = target.toAbsolutePath().getParent();
        return switch (reason) {
            case NOT_WRITABLE -> Messages.get(locale, "export.error.notWritable", target, folder);
            case DISK_FULL -> Messages.get(locale, "export.error.diskFull", target, folder);
            case NO_FOLDER -> Messages.get(locale, "export.error.noFolder", target, folder);
            case IS_FOLDER -> Messages.get(locale, "export.error.isFolder", target);
            case NOT_A_FILE -> Messages.get(locale, "export.error.notAFile", target);
            case READ_ONLY -> Messages.get(locale, "export.error.readOnly", target);
            case OTHER -> Messages.get(locale, "export.error.other", target, detail);
        };
    }
}
