// Module descriptor given to PDFBox's automatic module at build time (moditect), so jlink accepts it.
// Generated with jdeps --generate-module-info from the 3.0.8 jar; regenerate when PDFBox is upgraded.
module org.apache.fontbox {
    requires org.apache.commons.logging;
    requires transitive java.desktop;
    requires transitive org.apache.pdfbox.io;
    exports org.apache.fontbox;
    exports org.apache.fontbox.afm;
    exports org.apache.fontbox.cff;
    exports org.apache.fontbox.cmap;
    exports org.apache.fontbox.encoding;
    exports org.apache.fontbox.pfb;
    exports org.apache.fontbox.ttf;
    exports org.apache.fontbox.ttf.gsub;
    exports org.apache.fontbox.ttf.model;
    exports org.apache.fontbox.ttf.table.common;
    exports org.apache.fontbox.ttf.table.gsub;
    exports org.apache.fontbox.type1;
    exports org.apache.fontbox.util;
    exports org.apache.fontbox.util.autodetect;
}
