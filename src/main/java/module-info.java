/** Mission Reader: an offline reader of UN peacekeeping mission records. */
module org.missionreader {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.core;
    // PDFBox is an automatic module in its jar; the runtime image gives it a descriptor (packaging/modules).
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    // The import of saved web pages (importer): parsed only, never fetched nor run.
    requires org.jsoup;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;
    // Lucene reads JVM options through it, and warns on every start without it.
    requires jdk.management;
    // Lucene logs through java.util.logging; the app sets one of its loggers' level (app.QuietLibraries).
    requires java.logging;
    // AWT only for the X11 primary selection, which JavaFX has no API for (see ui.PrimarySelection).
    requires java.desktop;

    exports org.missionreader.app to javafx.graphics;
}
