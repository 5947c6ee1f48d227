package org.interphase.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.interphase.report.PlotImages;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.CyclePlots;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An uncertainty band in a PNG: a filled, translucent area between p5 and p95, not two dashed lines. */
class BandPngTest {

    @Test
    void theBandIsFilledBetweenItsBoundsInAQuarterOfItsLinesColour(@TempDir Path dir) throws Exception {
        double[] cycle = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        double[] a = new double[10];
        double[] lo = new double[10];
        double[] hi = new double[10];
        java.util.Arrays.fill(a, 90);
        java.util.Arrays.fill(lo, 85);
        java.util.Arrays.fill(hi, 95);
        Plot plot = new Plot("Capacity retention", CyclePlots.CYCLE, CyclePlots.RETENTION,
                List.of(new Series("A", cycle, a, Plot.Style.LINE, 0)), List.of(), false,
                List.of(new Band("A p5-p95", cycle, lo, a, hi, 0)));
        Path png = dir.resolve("band.png");
        PlotImages.png(plot, png, 800, 500, new double[] { 1, 10 }, new double[] { 70, 110 });
        BufferedImage img = Runs.png(png);
        // the palette's first colour #0072B2 at alpha 0.25 over white, source-over compositing:
        // 0.25 c + 0.75 x 255 = (191, 220, 236)
        int[] columns = { 200, 400, 600 };
        for (int x : columns) {
            int tinted = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - 191) <= 3 && Math.abs(g - 220) <= 3 && Math.abs(b - 236) <= 3) {
                    tinted++;
                }
            }
            // 10 of the 40 % points shown, of a plot area of about 400 px: about 100 px, less the line
            assertTrue(tinted > 60, tinted + " tinted pixels in column " + x);
        }
    }
}
