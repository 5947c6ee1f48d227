package org.interphase.ui.results.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.interphase.results.plot.HeatScale;
import org.interphase.results.plot.SweepPlot;

/**
 * A sweep's metric over its two varied values as a heat map: one square per pair, coloured on the
 * plot model's scale ({@link HeatScale}, as heatmap.png), the value written in it, grey where no
 * point has one; a
 * tooltip names the pair and the value. SWTChart has no heat map, so this is a plain canvas.
 */
public final class HeatMap extends Canvas {

    private static final int LEFT = 110;
    private static final int TOP = 36;
    private static final int RIGHT = 20;
    private static final int BOTTOM = 60;

    private SweepPlot.Grid grid;
    private String title = "";

    public HeatMap(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseMove, e -> {
            String tip = tooltip(e.x, e.y);
            if (!java.util.Objects.equals(tip, getToolTipText())) {
                setToolTipText(tip);
            }
        });
    }

    /** Shows a grid (null: nothing). */
    public void set(String title, SweepPlot.Grid grid) {
        this.title = title;
        this.grid = grid;
        redraw();
    }

    public SweepPlot.Grid grid() {
        return grid;
    }

    /** The colour of a value between the lowest and the highest of the map ({@link HeatScale}). */
    public static RGB colour(double value, double lo, double hi) {
        int[] c = HeatScale.rgb(value, lo, hi);
        return new RGB(c[0], c[1], c[2]);
    }

    private Rectangle cell(int i, int j) {
        Point size = getSize();
        int w = Math.max(1, (size.x - LEFT - RIGHT) / grid.xs().length);
        int h = Math.max(1, (size.y - TOP - BOTTOM) / grid.ys().length);
        return new Rectangle(LEFT + i * w, TOP + (grid.ys().length - 1 - j) * h, w, h); // the lowest y at the bottom
    }

    /** The tooltip at a pixel: the pair and its value, or null outside the squares. */
    public String tooltip(int px, int py) {
        if (grid == null) {
            return null;
        }
        for (int j = 0; j < grid.ys().length; j++) {
            for (int i = 0; i < grid.xs().length; i++) {
                if (cell(i, j).contains(px, py)) {
                    double v = grid.values()[j][i];
                    return grid.x().title() + ": " + number(grid.xs()[i]) + "\n" + grid.y().title() + ": " + number(grid.ys()[j])
                            + "\n" + grid.metric().title() + ": " + (Double.isFinite(v) ? number(v) : "no value");
                }
            }
        }
        return null;
    }

    private void paint(GC gc) {
        if (grid == null) {
            return;
        }
        double[] range = HeatScale.range(grid);
        double lo = range[0];
        double hi = range[1];
        gc.setAntialias(SWT.ON);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title + " \u2014 " + grid.metric().title(), LEFT, 8, true);
        for (int j = 0; j < grid.ys().length; j++) {
            for (int i = 0; i < grid.xs().length; i++) {
                Rectangle r = cell(i, j);
                double v = grid.values()[j][i];
                RGB rgb = colour(v, lo, hi);
                Color c = new Color(rgb);
                gc.setBackground(c);
                gc.fillRectangle(r);
                String text = Double.isFinite(v) ? number(v) : "\u2013";
                Point t = gc.textExtent(text);
                boolean dark = HeatScale.dark(new int[] { rgb.red, rgb.green, rgb.blue });
                gc.setForeground(getDisplay().getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                gc.drawText(text, r.x + (r.width - t.x) / 2, r.y + (r.height - t.y) / 2, true);
                if (j == 0) {
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                    String tick = number(grid.xs()[i]);
                    gc.drawText(tick, r.x + (r.width - gc.textExtent(tick).x) / 2, r.y + r.height + 4, true);
                }
                if (i == 0) {
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                    String tick = number(grid.ys()[j]);
                    gc.drawText(tick, LEFT - 6 - gc.textExtent(tick).x, r.y + (r.height - t.y) / 2, true);
                }
            }
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        Point size = getSize();
        String x = grid.x().title();
        gc.drawText(x, LEFT + (size.x - LEFT - RIGHT - gc.textExtent(x).x) / 2, size.y - BOTTOM + 26, true);
        gc.drawText(grid.y().title(), 4, TOP - 20 + 2, true);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
