package org.missionreader.importer;

import java.util.List;

/** What a reader of one kind of file gave: the paragraphs, and a title and an address if the file itself has them. */
record Extracted(List<String> paragraphs, String title, String url) {

    Extracted {
        paragraphs = List.copyOf(paragraphs);
    }
}
