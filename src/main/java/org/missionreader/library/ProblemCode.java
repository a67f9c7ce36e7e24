package org.missionreader.library;

/** The kinds of problem a library file can have; each has a translated message "problem.KEY". */
public enum ProblemCode {
    UNREADABLE("unreadable"),
    TOO_LARGE("tooLarge"),
    EMPTY_FILE("emptyFile"),
    INVALID_UTF8("invalidUtf8"),
    SYNTAX("syntax"),
    UNEXPECTED_END("unexpectedEnd"),
    UNEXPECTED_CHARACTER("unexpectedCharacter"),
    TRAILING_COMMA("trailingComma"),
    UNESCAPED_CONTROL("unescapedControl"),
    UNKNOWN_WORD("unknownWord"),
    BAD_NUMBER("badNumber"),
    TRAILING_CONTENT("trailingContent"),
    TOO_DEEP("tooDeep"),
    STRING_TOO_LONG("stringTooLong"),
    NUMBER_TOO_LONG("numberTooLong"),
    DUPLICATE_KEY("duplicateKey"),
    NOT_A_LIBRARY("notALibrary"),
    MISSING_SCHEMA_VERSION("missingSchemaVersion"),
    UNSUPPORTED_SCHEMA_VERSION("unsupportedSchemaVersion"),
    WRONG_TYPE("wrongType"),
    MISSING_FIELD("missingField"),
    EMPTY_VALUE("emptyValue"),
    BAD_ID("badId"),
    DUPLICATE_ID("duplicateId"),
    UNKNOWN_MISSION("unknownMission"),
    UNKNOWN_DOCUMENT("unknownDocument"),
    /** An event's link names a paragraph that is not a whole number from 1. */
    BAD_PARAGRAPH("badParagraph"),
    /** An event's link names a paragraph beyond the document's last. */
    PARAGRAPH_OUT_OF_RANGE("paragraphOutOfRange"),
    BAD_DATE_FORM("badDateForm"),
    IMPOSSIBLE_DATE("impossibleDate"),
    END_BEFORE_START("endBeforeStart"),
    UNKNOWN_VALUE("unknownValue"),
    UNSAFE_CHARACTER("unsafeCharacter"),
    /** An item of an added library file whose id is already used by a library that is open. */
    ID_ALREADY_OPEN("idAlreadyOpen"),
    MANDATE_ORDER("mandateOrder"),
    MANDATE_AFTER_END("mandateAfterEnd"),
    /** A path that is a folder, a FIFO, a device or a socket: refused before it is opened. */
    NOT_A_FILE("notAFile"),
    /** Reading stopped where the file's model would have taken more memory than the reader may use. */
    MODEL_TOO_LARGE("modelTooLarge"),
    /** The memory ran out anyway: the file and the memory, in MB. */
    OUT_OF_MEMORY("outOfMemory"),
    /** Bytes that are text in another encoding than UTF-8 (UTF-16, UTF-32). */
    NOT_UTF8("notUtf8"),
    /** Malformed JSON in a file too large to be read again to word it. */
    MALFORMED_HERE("malformedHere"),
    /** A backslash escape JSON does not know, or a backslash-u without four hex digits. */
    BAD_ESCAPE("badEscape");

    private final String key;

    ProblemCode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * True for what the loader mends rather than refuses (a control or bidirectional character removed
     * from a text): reported as a warning, and the item is kept.
     */
    public boolean isWarning() {
        return this == UNSAFE_CHARACTER;
    }
}
