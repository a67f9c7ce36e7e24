package org.missionreader.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Shape;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The WCAG contrast of what a scene shows: for each visible text, its fill against the colours actually behind
 * it (the fills of the regions and shapes under its centre, from the top-most down to the first opaque one,
 * or the scene's fill). A gradient counts by each of its stops, so the worst of them is the one judged.
 */
public final class Contrast {

    /** WCAG AA: 4.5:1 for text, 3:1 for large text (24 px, or 18.66 px bold). */
    public static final double NORMAL = 4.5;
    public static final double LARGE = 3.0;

    /** A text that reads too faintly on what is behind it. */
    public record Faint(Text text, Color fill, Color behind, double ratio, double needed) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.2f < %.1f: \"%s\" %s on %s (%s under %s)", ratio, needed,
                    abbreviated(text.getText()), hex(fill), hex(behind), text.getStyleClass(), path(text));
        }
    }

    private Contrast() {
    }

    /** Every visible, enabled text of the scene whose contrast is under WCAG AA. */
    public static List<Faint> faint(Scene scene) {
        List<Faint> found = new ArrayList<>();
        collect(scene, scene.getRoot(), found);
        return found;
    }

    /** How many texts {@link #faint} judged in the scene (so a test knows it looked at something). */
    public static int judged(Scene scene) {
        return texts(scene, scene.getRoot(), new ArrayList<>()).size();
    }

    private static List<Text> texts(Scene scene, Node node, List<Text> into) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() == 0) return into;
        if (node instanceof Text text && shown(scene, text)) into.add(text);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) texts(scene, child, into);
        }
        return into;
    }

    private static boolean shown(Scene scene, Text text) {
        if (text.getText() == null || text.getText().isBlank()) return false;
        if (text.getFill() == null || text.getFill() instanceof Color c && c.getOpacity() == 0) return false;
        Bounds b = text.localToScene(text.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth()
                && b.getMinY() < scene.getHeight() && !clippedAway(text, b);
    }

    /** Whether a clip on the way up (a scroll pane's viewport) hides the text's centre. */
    private static boolean clippedAway(Text text, Bounds inScene) {
        Point2D centre = new Point2D(inScene.getCenterX(), inScene.getCenterY());
        for (Node n = text; n != null; n = n.getParent()) {
            if (n.getClip() != null && !n.getClip().contains(n.getClip().sceneToLocal(centre))) return true;
        }
        return false;
    }

    private static void collect(Scene scene, Node root, List<Faint> found) {
        for (Text text : texts(scene, root, new ArrayList<>())) {
            Bounds b = text.localToScene(text.getBoundsInLocal());
            Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
            List<Color> behind = behind(scene, text, centre);
            double opacity = 1;
            for (Node n = text; n != null; n = n.getParent()) opacity *= n.getOpacity();
            double needed = large(text) ? LARGE : NORMAL;
            for (Color ink : colours(text.getFill())) {
                for (Color ground : behind) {
                    Color shown = over(ink.deriveColor(0, 1, 1, opacity), ground);
                    double ratio = ratio(shown, ground);
                    if (ratio < needed) {
                        found.add(new Faint(text, shown, ground, ratio, needed));
                        break;
                    }
                }
            }
        }
    }

    /** Large text as WCAG counts it, in the pixels the text takes on screen (a preview page is scaled). */
    private static boolean large(Text text) {
        double scale = text.getLocalToSceneTransform().deltaTransform(0, 1).magnitude();
        double px = text.getFont().getSize() * scale;
        String style = text.getFont().getStyle().toLowerCase(java.util.Locale.ROOT);
        boolean bold = style.contains("bold") || style.contains("black") || style.contains("heavy")
                || style.contains("semibold");
        return px >= 24 || (bold && px >= 18.66);
    }

    /** The opaque colours behind a point of a node: the fills under it composed from the first opaque one up. */
    static List<Color> behind(Scene scene, Node node, Point2D centre) {
        List<List<Color>> layers = new ArrayList<>(); // top-most first
        Node child = node;
        for (Parent parent = node.getParent(); parent != null; child = parent, parent = parent.getParent()) {
            List<Node> siblings = parent.getChildrenUnmodifiable();
            for (int i = siblings.indexOf(child) - 1; i >= 0; i--) {
                if (addLayers(siblings.get(i), centre, layers)) return compose(layers);
            }
            if (addOwnFills(parent, centre, layers)) return compose(layers);
        }
        Paint fill = scene.getFill() == null ? Color.WHITE : scene.getFill();
        layers.add(opaque(colours(fill)));
        return compose(layers);
    }

    /** A sibling drawn under the node: its own fills and those of what it holds, if it covers the point. */
    private static boolean addLayers(Node sibling, Point2D centre, List<List<Color>> layers) {
        if (!sibling.isVisible() || sibling.getOpacity() == 0 || sibling instanceof Text) return false;
        if (!sibling.localToScene(sibling.getBoundsInLocal()).contains(centre)) return false;
        if (sibling instanceof Shape shape) {
            if (shape.getFill() == null || !shape.contains(shape.sceneToLocal(centre))) return false;
            List<Color> cs = colours(shape.getFill());
            layers.add(cs);
            return opaque(cs) == cs;
        }
        if (sibling instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                if (addLayers(children.get(i), centre, layers)) return true;
            }
        }
        return addOwnFills(sibling, centre, layers);
    }

    /** A region's background fills under the point, top-most first; true once one of them is opaque. */
    private static boolean addOwnFills(Node node, Point2D centre, List<List<Color>> layers) {
        if (!(node instanceof Region region) || region.getBackground() == null || !node.isVisible()) return false;
        Point2D local = region.sceneToLocal(centre);
        List<BackgroundFill> fills = region.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            BackgroundFill fill = fills.get(i);
            Insets in = fill.getInsets();
            if (local.getX() < in.getLeft() || local.getY() < in.getTop()
                    || local.getX() > region.getWidth() - in.getRight() || local.getY() > region.getHeight() - in.getBottom()) {
                continue;
            }
            List<Color> cs = colours(fill.getFill());
            if (cs.stream().allMatch(c -> c.getOpacity() == 0)) continue;
            layers.add(cs);
            if (cs.stream().allMatch(c -> c.getOpacity() >= 0.999)) return true;
        }
        return false;
    }

    private static List<Color> opaque(List<Color> cs) {
        return cs.stream().allMatch(c -> c.getOpacity() >= 0.999) ? cs
                : cs.stream().map(c -> over(c, Color.WHITE)).toList();
    }

    /** The layers composed from the bottom (opaque) one up; each stop of each layer gives one result. */
    private static List<Color> compose(List<List<Color>> layers) {
        List<Color> result = opaque(layers.get(layers.size() - 1));
        for (int i = layers.size() - 2; i >= 0; i--) {
            List<Color> next = new ArrayList<>();
            for (Color top : layers.get(i)) {
                for (Color under : result) next.add(over(top, under));
            }
            result = next;
        }
        return result;
    }

    static List<Color> colours(Paint paint) {
        if (paint instanceof Color c) return List.of(c);
        List<Stop> stops = paint instanceof LinearGradient l ? l.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : List.of();
        return stops.isEmpty() ? List.of(Color.TRANSPARENT) : stops.stream().map(Stop::getColor).toList();
    }

    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** The WCAG 2 relative luminance. */
    public static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The colour(s) of the top-most opaque fill of the scene's root: the window's ground. */
    public static List<Color> ground(Scene scene) {
        List<List<Color>> layers = new ArrayList<>();
        Node root = scene.getRoot();
        if (!addOwnFills(root, root.localToScene(2, 2), layers)) {
            layers.add(opaque(colours(scene.getFill() == null ? Color.WHITE : scene.getFill())));
        }
        return compose(layers);
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String abbreviated(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    private static String path(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getParent(); n != null && sb.length() < 160; n = n.getParent()) {
            sb.append(n.getClass().getSimpleName());
            if (!n.getStyleClass().isEmpty()) sb.append(n.getStyleClass());
            if (n.getId() != null) sb.append('#').append(n.getId());
            sb.append(" < ");
        }
        return sb.toString();
    }
}
