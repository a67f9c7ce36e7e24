package org.missionreader.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The index's fields: each part of a record (a paragraph, a title...) in each language it is analysed in.
 * A part has its weight in the ranking and its own length normalisation (BM25's {@code b}).
 */
enum Field {
    TEXT_FR(Part.TEXT, true), TEXT_EN(Part.TEXT, false),
    TITLE_FR(Part.TITLE, true), TITLE_EN(Part.TITLE, false),
    BYLINE_FR(Part.BYLINE, true), BYLINE_EN(Part.BYLINE, false),
    DETAILS_FR(Part.DETAILS, true), DETAILS_EN(Part.DETAILS, false),
    EVENT_FR(Part.EVENT, true), EVENT_EN(Part.EVENT, false);

    /**
     * What a part weighs. A title names the whole document, so it weighs most; a byline next; paragraphs
     * are the statement itself; record details (mission, kind, dates) find a document by what a researcher
     * knows of it; an event title repeats words the documents hold, so it weighs least and its hits come
     * after the documents' own. Paragraphs vary in length and a long one mentions a word more by chance:
     * they keep BM25's usual normalisation (0.75). Titles, bylines, details and event titles are short and
     * of similar length, where a few words more say nothing about relevance: they are barely normalised.
     */
    enum Part {
        TEXT("text", SearchHit.Kind.PARAGRAPH, 1.0f, 0.75f),
        TITLE("title", SearchHit.Kind.TITLE, 3.0f, 0.2f),
        BYLINE("byline", SearchHit.Kind.BYLINE, 2.0f, 0.2f),
        DETAILS("details", SearchHit.Kind.DETAILS, 1.0f, 0.2f),
        EVENT("event", SearchHit.Kind.EVENT, 0.4f, 0.2f);

        final String name;
        final SearchHit.Kind kind;
        final float weight;
        final float lengthNorm;

        Part(String name, SearchHit.Kind kind, float weight, float lengthNorm) {
            this.name = name;
            this.kind = kind;
            this.weight = weight;
            this.lengthNorm = lengthNorm;
        }

        Field in(boolean french) {
            for (Field f : Field.values()) {
                if (f.part() == this && f.french == french) return f;
            }
            throw new AssertionError(this);
        }
    }

    private final Part part;
    final boolean french;
    final String name;

    Field(Part part, boolean french) {
        this.part = part;
        this.french = french;
        this.name = part.name + (french ? "_fr" : "_en");
    }

    Part part() {
        return part;
    }

    static Field named(String name) {
        for (Field f : values()) {
            if (f.name.equals(name)) return f;
        }
        return null;
    }

    static String[] names() {
        List<String> names = new ArrayList<>();
        for (Field f : values()) names.add(f.name);
        return names.toArray(String[]::new);
    }
}
