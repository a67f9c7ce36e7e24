package org.missionreader.ui.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Compares a printed page with an exported one as pictures. The printer path (JavaFX → Java2D →
 * PostScript → CUPS-PDF) draws Charis SIL as outlines, not text, so the printed file has no text to
 * extract; what it shows can still be checked against the PDF export, whose text is checked separately.
 */
final class PrintedPageComparison {

    static final float DPI = 100;
    private static final int MAX_SHIFT = 4;

    private PrintedPageComparison() {
    }

    /** Ink per pixel, 0 (white) to 1 (black). */
    static float[][] ink(PDDocument pdf, int pageIndex) throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(pageIndex, DPI, ImageType.GRAY);
        float[][] ink = new float[image.getHeight()][image.getWidth()];
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink[y][x] = 1f - raster.getSample(x, y, 0) / 255f;
            }
        }
        return ink;
    }

    /** The shift of {@code b} (pixels, within ±4) that lines it up best with {@code a}: {dx, dy}. */
    static int[] bestShift(float[][] a, float[][] b) {
        int[] best = {0, 0};
        double bestDiff = Double.MAX_VALUE;
        for (int dy = -MAX_SHIFT; dy <= MAX_SHIFT; dy++) {
            for (int dx = -MAX_SHIFT; dx <= MAX_SHIFT; dx++) {
                double diff = 0;
                for (int y = MAX_SHIFT; y < a.length - MAX_SHIFT; y += 2) {
                    for (int x = MAX_SHIFT; x < a[0].length - MAX_SHIFT; x += 2) {
                        diff += Math.abs(a[y][x] - at(b, y + dy, x + dx));
                    }
                }
                if (diff < bestDiff) {
                    bestDiff = diff;
                    best = new int[] {dx, dy};
                }
            }
        }
        return best;
    }

    static float at(float[][] img, int y, int x) {
        return y < 0 || y >= img.length || x < 0 || x >= img[0].length ? 0 : img[y][x];
    }

    /** Mean absolute difference of {@code printed} (shifted) and {@code reference} over the pixels where mask is set. */
    static double meanDifference(float[][] reference, float[][] printed, int[] shift, boolean[][] mask) {
        double sum = 0;
        long count = 0;
        for (int y = 0; y < reference.length; y++) {
            for (int x = 0; x < reference[0].length; x++) {
                if (!mask[y][x]) continue;
                sum += Math.abs(reference[y][x] - at(printed, y + shift[1], x + shift[0]));
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Pixels where two pictures differ clearly (more than half the ink). */
    static boolean[][] whereTheyDiffer(float[][] a, float[][] b) {
        boolean[][] mask = new boolean[a.length][a[0].length];
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) mask[y][x] = Math.abs(a[y][x] - at(b, y, x)) > 0.5f;
        }
        return mask;
    }

    /** Pixels inked in either picture (after the shift), where text is. */
    static boolean[][] inked(float[][] a, float[][] b, int[] shift) {
        boolean[][] mask = new boolean[a.length][a[0].length];
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) {
                mask[y][x] = a[y][x] > 0.25f || at(b, y + shift[1], x + shift[0]) > 0.25f;
            }
        }
        return mask;
    }

    static int count(boolean[][] mask) {
        int n = 0;
        for (boolean[] row : mask) for (boolean b : row) if (b) n++;
        return n;
    }
}
