package org.missionreader.print;

/** The faces of the reading typeface (Charis SIL) that printed pages use. */
public enum FontFace {
    REGULAR("CharisSIL-Regular.ttf"),
    BOLD("CharisSIL-Bold.ttf"),
    ITALIC("CharisSIL-Italic.ttf");

    /** Where the font files live inside the module. */
    public static final String RESOURCE_DIR = "/org/missionreader/assets/fonts/";

    private final String file;

    FontFace(String file) {
        this.file = file;
    }

    /** The font file's resource path inside the module. */
    public String resource() {
        return RESOURCE_DIR + file;
    }
}
