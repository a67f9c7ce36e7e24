// Module descriptor given to PDFBox's automatic module at build time (moditect), so jlink accepts it.
// Generated with jdeps --generate-module-info from the 3.0.8 jar; regenerate when PDFBox is upgraded.
module org.apache.pdfbox.io {
    requires transitive org.apache.commons.logging;
    // IOUtils frees mapped buffers through sun.misc.Unsafe; without it PDFBox logs a SEVERE stack trace.
    requires jdk.unsupported;
    exports org.apache.pdfbox.io;
}
