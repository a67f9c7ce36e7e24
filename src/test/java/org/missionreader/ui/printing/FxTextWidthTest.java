package org.missionreader.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Document;
import org.missionreader.library.LibraryLoader;
import org.missionreader.print.FontFace;
import org.missionreader.print.Line;
import org.missionreader.print.Page;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.Paginator;
import org.missionreader.print.StatementContent;
import org.missionreader.print.pdf.PdfFontMeasurer;
import org.missionreader.ui.application.Fonts;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The printer draws the paginator's lines with JavaFX Text in the same typeface the PDF measures: the
 * two must agree on widths, or printed lines would overflow the column the paginator filled.
 */
@ExtendWith(ApplicationExtension.class)
class FxTextWidthTest {

    private static PdfFontMeasurer measurer;

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    @BeforeAll
    static void load() {
        measurer = new PdfFontMeasurer();
    }

    @AfterAll
    static void close() throws IOException {
        measurer.close();
    }

    private static double fxWidth(String text, FontFace face, double size) throws Exception {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Text node = new Text(text);
            node.setFont(PageNodes.font(face, size));
            return node.getLayoutBounds().getWidth();
        }));
    }

    @Test
    void theThreeFacesAreTheBundledCharisSil() throws Exception {
        for (FontFace face : FontFace.values()) {
            Font font = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> PageNodes.font(face, 11)));
            assertEquals("Charis SIL", font.getFamily(), face.name());
            assertEquals(face == FontFace.REGULAR ? "Regular" : face == FontFace.BOLD ? "Bold" : "Italic", font.getStyle(), face.name());
        }
    }

    @Test
    void everyPrintedLineOfThePressElementsIsAsWideInJavaFxAsInThePdf() throws Exception {
        Document doc = new LibraryLoader().loadBundled().library().document("minusma-press-elements-2015-03-04").orElseThrow();
        double worst = 0;
        String worstLine = "";
        for (double size : List.of(10.0, 11.0, 14.0, 18.0)) {
            PageSetup setup = PageSetup.defaults().withFontSize(size);
            Pagination pagination = new Paginator(measurer).paginate(StatementContent.of(doc, null, Locale.FRENCH), setup, Locale.FRENCH);
            for (Page page : pagination.pages()) {
                for (Line line : page.lines()) {
                    if (line.text().isEmpty()) continue;
                    double pdf = measurer.width(line.text(), line.style().face(), line.size());
                    double fx = fxWidth(line.text(), line.style().face(), line.size());
                    // within a quarter of a point per 100 points of line, whatever the rounding of either side
                    double allowed = 0.25 + pdf * 0.0025;
                    assertTrue(Math.abs(fx - pdf) <= allowed,
                            "\"" + line.text() + "\" at " + line.size() + " pt: JavaFX " + fx + ", PDF " + pdf);
                    assertTrue(line.x() + fx <= setup.pageWidth() - setup.marginRight() + allowed, "overflows: " + line.text());
                    if (Math.abs(fx - pdf) > worst) {
                        worst = Math.abs(fx - pdf);
                        worstLine = line.text() + " (" + line.size() + " pt, PDF " + pdf + ", JavaFX " + fx + ")";
                    }
                }
            }
        }
        System.out.println("largest width difference JavaFX vs PDF: " + worst + " pt on " + worstLine);
    }
}
