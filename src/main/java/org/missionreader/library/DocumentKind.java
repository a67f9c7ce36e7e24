package org.missionreader.library;

/** What sort of document a text is; the JSON name is the one written in library files. */
public enum DocumentKind {
    PRESS_ELEMENTS("press-elements"),
    NOTICE("notice"),
    PRESS_STATEMENT("press-statement"),
    PRESIDENTIAL_STATEMENT("presidential-statement"),
    RESOLUTION("resolution"),
    REPORT("report"),
    LETTER("letter"),
    SPEECH("speech"),
    OTHER("other");

    private final String jsonName;

    DocumentKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static DocumentKind fromJson(String name) {
        for (DocumentKind k : values()) {
            if (k.jsonName.equals(name)) return k;
        }
        return null;
    }
}
