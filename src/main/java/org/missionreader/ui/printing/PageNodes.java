package org.missionreader.ui.printing;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.missionreader.print.FontFace;
import org.missionreader.print.Line;
import org.missionreader.print.Page;
import org.missionreader.print.pdf.PdfWriter;
import org.missionreader.ui.application.Fonts;

/**
 * Draws a paginated page with JavaFX Text nodes at the positions the paginator chose, in the same
 * typeface as the PDF, 1 unit = 1 point: the preview shows it and the printer prints it.
 */
public final class PageNodes {

    static final Color RUNNING_GREY = Color.gray(PdfWriter.RUNNING_GREY);
    static final Color TINT = Color.gray(Line.Tint.GREY);

    private PageNodes() {
    }

    /**
     * The lines of a page, with the page's top-left corner at (0, 0), highlights' tints under them. Safe to build
     * off the JavaFX thread.
     */
    public static Group lines(Page page) {
        Group group = new Group();
        for (Line line : page.lines()) {
            for (Line.Tint tint : line.tints()) {
                Rectangle r = new Rectangle(tint.x(), tint.top(), tint.width(), tint.height());
                r.setFill(TINT);
                r.getStyleClass().add("print-tint");
                group.getChildren().add(r);
            }
        }
        for (Line line : page.lines()) {
            if (line.text().isEmpty()) continue;
            Text text = new Text(line.x(), line.baseline(), line.text());
            text.setFont(font(line.style().face(), line.size()));
            text.setFill(line.style().isRunning() ? RUNNING_GREY : Color.BLACK);
            text.getStyleClass().add("print-line-" + line.style().name().toLowerCase(java.util.Locale.ROOT));
            group.getChildren().add(text);
        }
        return group;
    }

    /** The page as a sheet: white paper the page's size under its lines, for the preview. */
    public static Group sheet(Page page) {
        Rectangle paper = new Rectangle(page.width(), page.height(), Color.WHITE);
        paper.getStyleClass().add("print-paper");
        return new Group(paper, lines(page));
    }

    /** The reading typeface in a face and size; {@link Fonts#load()} has registered the bundled files. */
    public static Font font(FontFace face, double size) {
        return switch (face) {
            case REGULAR -> Font.font(Fonts.READING_FAMILY, FontWeight.NORMAL, FontPosture.REGULAR, size);
            case BOLD -> Font.font(Fonts.READING_FAMILY, FontWeight.BOLD, FontPosture.REGULAR, size);
            case ITALIC -> Font.font(Fonts.READING_FAMILY, FontWeight.NORMAL, FontPosture.ITALIC, size);
        };
    }
}
