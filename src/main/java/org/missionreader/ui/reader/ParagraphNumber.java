package org.missionreader.ui.reader;

import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A paragraph's number, "§ n" as search results count them (the first paragraph is § 1), in the margin
 * left of the reading column's text: on the baseline of the paragraph's first line, ending a little before
 * the text. It is its own node beside the paragraph, so selecting and copying the paragraph take its text
 * only; a screen reader reads it as its own text. Its size and whether it shows are the reading settings'
 * ({@code .paragraph-number} in the reading stylesheet).
 */
final class ParagraphNumber extends Text {

    /** The room between the number and the text, in pixels. */
    static final double GAP = 10;

    ParagraphNumber(int index, TextFlow paragraph, String accessible) {
        super(label(index));
        getStyleClass().add("paragraph-number");
        setTextOrigin(VPos.BASELINE);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(accessible);
        Runnable place = () -> {
            setLayoutX(paragraph.getLayoutX() - GAP - getLayoutBounds().getWidth());
            setLayoutY(paragraph.getLayoutY() + paragraph.getBaselineOffset());
        };
        layoutBoundsProperty().addListener((obs, old, now) -> place.run());
        paragraph.layoutBoundsProperty().addListener((obs, old, now) -> place.run());
        paragraph.layoutYProperty().addListener((obs, old, now) -> place.run());
        place.run();
    }

    /** The number as shown: "§ 3" (index 2), with a no-break space. */
    static String label(int index) {
        return "§\u00a0" + (index + 1);
    }
}
