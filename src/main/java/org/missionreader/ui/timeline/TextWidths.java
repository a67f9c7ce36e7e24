package org.missionreader.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text in one font by adding up the widths of its characters, each measured once: thousands of
 * labels are measured in a few milliseconds, where a layout of each would take a second. Kerning is
 * ignored, so a small allowance is added; a label drawn in the room measured never runs into the next.
 */
final class TextWidths {

    private static final double ALLOWANCE = 1.03;

    private final Font font;
    private final Map<Integer, Double> advances = new HashMap<>();
    private final Text probe = new Text();

    TextWidths(Font font) {
        this.font = font;
        probe.setFont(font);
    }

    Font font() {
        return font;
    }

    double width(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            sum += advances.computeIfAbsent(codePoint, this::measure);
            i += Character.charCount(codePoint);
        }
        return Math.ceil(sum * ALLOWANCE) + 1;
    }

    /** The text, or as much of it as fits in the width followed by an ellipsis; empty if not even that fits. */
    String fit(String text, double width) {
        if (text == null || width(text) <= width) {
            return text;
        }
        double room = width - width("\u2026");
        double sum = 0;
        int end = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            double w = advances.computeIfAbsent(codePoint, this::measure) * ALLOWANCE;
            if (sum + w + 1 > room) break;
            sum += w;
            i += Character.charCount(codePoint);
            end = i;
        }
        return end == 0 ? "" : text.substring(0, end).stripTrailing() + "\u2026";
    }

    private double measure(int codePoint) {
        probe.setText(new String(Character.toChars(codePoint)));
        return probe.getLayoutBounds().getWidth();
    }
}
