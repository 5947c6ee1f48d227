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
import org.interphase.results.plot.SweepPlot;

/**
 * A sweep's metric over its two varied values as a heat map: one square per pair, coloured on a
 * sequential scale (viridis: dark for the lowest, yellow for the highest, readable in grey and with
 * the common colour-vision deficiencies), the value written in it, grey where no point has one; a
 * tooltip names the pair and the value. SWTChart has no heat map, so this is a plain canvas.
 */
public final class HeatMap extends Canvas {

    /** viridis at 0, 0.25, 0.5, 0.75, 1 (matplotlib's colormap). */
    private static final RGB[] SCALE = { new RGB(68, 1, 84), new RGB(59, 82, 139), new RGB(33, 145, 140), new RGB(94, 201, 98),
            new RGB(253, 231, 37) };
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

    /** The colour of a value between the lowest and the highest of the map. */
    public static RGB colour(double value, double lo, double hi) {
        double t = hi > lo ? (value - lo) / (hi - lo) : 0.5;
        t = Math.max(0, Math.min(1, t)) * (SCALE.length - 1);
        int i = Math.min((int) t, SCALE.length - 2);
        double f = t - i;
        RGB a = SCALE[i];
        RGB b = SCALE[i + 1];
        return new RGB((int) Math.round(a.red + f * (b.red - a.red)), (int) Math.round(a.green + f * (b.green - a.green)),
                (int) Math.round(a.blue + f * (b.blue - a.blue)));
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
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : grid.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        gc.setAntialias(SWT.ON);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title + " \u2014 " + grid.metric().title(), LEFT, 8, true);
        for (int j = 0; j < grid.ys().length; j++) {
            for (int i = 0; i < grid.xs().length; i++) {
                Rectangle r = cell(i, j);
                double v = grid.values()[j][i];
                RGB rgb = Double.isFinite(v) ? colour(v, lo, hi) : new RGB(200, 200, 200);
                Color c = new Color(rgb);
                gc.setBackground(c);
                gc.fillRectangle(r);
                String text = Double.isFinite(v) ? number(v) : "\u2013";
                Point t = gc.textExtent(text);
                boolean dark = 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue < 140;
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
