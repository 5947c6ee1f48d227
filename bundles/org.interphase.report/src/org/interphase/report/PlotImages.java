package org.interphase.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.interphase.results.plot.Plot;
import org.jfree.chart.JFreeChart;

/**
 * Any chart of the plot model as a PNG at a chosen size, drawn as the run's PNG files are (the
 * result editor's "Export Chart as PNG" at a size and resolution other than the screen's).
 */
public final class PlotImages {

    private PlotImages() {
    }

    /**
     * Writes the plot as a PNG of width x height pixels, showing the given axis ranges (null: the
     * whole data), atomically (a temporary file beside it, then moved).
     */
    public static void png(Plot plot, Path file, int width, int height, double[] xRange, double[] yRange) throws IOException {
        if (width < 100 || height < 100 || width > 20000 || height > 20000) {
            throw new IOException("the size must be from 100 to 20000 pixels each way, not " + width + " x " + height);
        }
        JFreeChart chart = Charts.render(plot, "");
        if (xRange != null && xRange[1] > xRange[0]) {
            chart.getXYPlot().getDomainAxis().setRange(xRange[0], xRange[1]);
        }
        if (yRange != null && yRange[1] > yRange[0]) {
            chart.getXYPlot().getRangeAxis().setRange(yRange[0], yRange[1]);
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            if (!ImageIO.write(Charts.image(chart, null, width, height), "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
