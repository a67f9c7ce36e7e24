package org.missionreader.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The toolbar's band: the title, then the toolbar's controls. Its words are never cut with an ellipsis:
 * when the band is too narrow for them, it takes the shortenings it was given, in their order, one at a
 * time, as few as it needs (the "Language" label hidden, "Français" becoming "FR", and so on); the search
 * field gives up its width only once all are taken.
 */
final class ToolbarBand extends HBox {

    /** One way to make the band narrower. */
    interface Shortening {
        /** The width it saves, or would save, now: 0 when what it shortens is not shown. */
        double saving();

        void shorten(boolean shortened);
    }

    /** Widening back needs this much room to spare, so that a width near a step's edge cannot flicker. */
    private static final double SLACK = 4;

    private final Label title;
    private final List<Shortening> shortenings = new ArrayList<>();
    private int taken;

    ToolbarBand(String titleText) {
        super(10);
        title = new Label(titleText);
        title.getStyleClass().add("app-title");
        getChildren().add(title);
        getStyleClass().add("app-toolbar");
    }

    Label title() {
        return title;
    }

    /** The band's shortenings, the first taken first; every labeled control keeps its whole text. */
    void shortenWhenNarrow(List<Shortening> steps) {
        shortenings.addAll(steps);
        for (Node child : getChildren()) {
            if (child instanceof Labeled) ((Labeled) child).setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** How many shortenings the band has taken. */
    int shorteningsTaken() {
        return taken;
    }

    @Override
    protected void layoutChildren() {
        fit();
        super.layoutChildren();
    }

    // The band's width with none taken is its width now plus what the taken ones save; each count of
    // shortenings is then measured without changing a control, so a layout pass changes them only when the
    // count that fits is not the one taken.
    private void fit() {
        if (shortenings.isEmpty()) return;
        double[] saving = new double[shortenings.size()];
        double full = prefWidth(-1);
        for (int i = 0; i < saving.length; i++) {
            saving[i] = shortenings.get(i).saving();
            if (i < taken) full += saving[i];
        }
        int fits = saving.length;
        double needed = full;
        for (int n = 0; n <= saving.length; n++) {
            if (needed <= getWidth() - (n < taken ? SLACK : 0)) {
                fits = n;
                break;
            }
            if (n < saving.length) needed -= saving[n];
        }
        if (fits == taken) return;
        for (int i = 0; i < shortenings.size(); i++) {
            shortenings.get(i).shorten(i < fits);
        }
        taken = fits;
    }

    /** Hides a node, and the gap before it. */
    static Shortening hide(Node node) {
        return new Shortening() {
            @Override
            public double saving() {
                return node.prefWidth(-1) + ((HBox) node.getParent()).getSpacing();
            }

            @Override
            public void shorten(boolean shortened) {
                node.setVisible(!shortened);
                node.setManaged(!shortened);
            }
        };
    }

    /**
     * Gives each control a short text in place of its full one, the full text then in a tooltip; the
     * controls' accessible text stays the full one. Saves nothing for a control not shown.
     */
    static Shortening shortText(List<? extends Labeled> controls, List<? extends ObservableStringValue> full,
                                List<? extends ObservableStringValue> brief) {
        for (int i = 0; i < controls.size(); i++) {
            controls.get(i).accessibleTextProperty().bind(full.get(i));
            controls.get(i).textProperty().bind(full.get(i));
        }
        return new Shortening() {
            @Override
            public double saving() {
                double saved = 0;
                for (int i = 0; i < controls.size(); i++) {
                    Labeled control = controls.get(i);
                    if (control.isManaged()) {
                        saved += textWidth(full.get(i).get(), control.getFont()) - textWidth(brief.get(i).get(), control.getFont());
                    }
                }
                return saved;
            }

            @Override
            public void shorten(boolean shortened) {
                for (int i = 0; i < controls.size(); i++) {
                    Labeled control = controls.get(i);
                    control.textProperty().bind(shortened ? brief.get(i) : full.get(i));
                    if (shortened) {
                        Tooltip tip = new Tooltip();
                        tip.textProperty().bind(full.get(i));
                        control.setTooltip(tip);
                    } else {
                        control.setTooltip(null);
                    }
                }
            }
        };
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text == null ? "" : text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}
