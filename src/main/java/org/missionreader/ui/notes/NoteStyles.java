package org.missionreader.ui.notes;

import javafx.scene.layout.Region;
import org.missionreader.notes.NoteColour;

/** How the notes' colours are named and drawn: the same style classes as the reader's highlights. */
final class NoteStyles {

    private NoteStyles() {
    }

    /** The resource key of a colour's name (as the reader's menus name it). */
    static String colourKey(NoteColour colour) {
        return "note.colour." + colour.jsonName();
    }

    /** The style class of a colour, as the reader draws its highlights. */
    static String styleClass(NoteColour colour) {
        return "note-" + colour.jsonName();
    }

    /** A small square of a highlight's colour. */
    static Region swatch(NoteColour colour) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("note-swatch", styleClass(colour));
        swatch.setMinSize(12, 12);
        swatch.setPrefSize(12, 12);
        swatch.setMaxSize(12, 12);
        return swatch;
    }
}
