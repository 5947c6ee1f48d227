package org.interphase.uq.cell;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.interphase.results.AtomicFolder;
import org.interphase.results.ResultFiles;
import org.interphase.uq.Morris;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Writes a cell's screening into {@code OUT/<study>/<cell>.sensitivity/}: {@value #CSV} (one row per
 * metric and parameter) and a bar chart of mu* and sigma per metric, {@code <metric>.png}, the
 * parameters sorted by mu*. The folder is written all or nothing.
 */
public final class SensitivityFiles {

    /** The table of effects. */
    public static final String CSV = "morris.csv";

    static final String HEADER = "metric,parameter,mu_star,mu,sigma,effects,lost,min,max,unit,scale";

    /** At most this many parameters are drawn per chart (the table has all). */
    static final int BARS = 15;

    private SensitivityFiles() {
    }

    /** The parameter indices of a metric's effects, largest mu* first (NaN last). */
    public static List<Integer> ranking(List<Morris.Effects> effects) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < effects.size(); j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> {
            double m = effects.get(j).muStar();
            return Double.isNaN(m) ? Double.NEGATIVE_INFINITY : m;
        }).reversed());
        return order;
    }

    public static void write(Path folder, String cell, Sensitivity s) throws IOException {
        AtomicFolder.write(folder, staging -> {
            StringBuilder b = new StringBuilder(HEADER).append('\n');
            for (var e : s.effects().entrySet()) {
                for (int j : ranking(e.getValue())) {
                    Morris.Effects x = e.getValue().get(j);
                    UncertainParameter p = s.space().sampled().get(j);
                    b.append(e.getKey()).append(',').append(quote(p.label())).append(',')
                            .append(ResultFiles.number(x.muStar())).append(',').append(ResultFiles.number(x.mu()))
                            .append(',').append(ResultFiles.number(x.sigma())).append(',').append(x.count()).append(',')
                            .append(x.lost()).append(',').append(ResultFiles.number(p.display(p.factor().min())))
                            .append(',').append(ResultFiles.number(p.display(p.factor().max()))).append(',')
                            .append(quote(p.unit() == null ? "" : p.unit())).append(',')
                            .append(p.factor().log() ? "log" : "linear").append('\n');
                }
            }
            Files.writeString(staging.resolve(CSV), b.toString(), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve("not-sampled.txt"), String.join("\n", s.space().notSampled()) + "\n",
                    StandardCharsets.UTF_8);
            for (var e : s.effects().entrySet()) {
                org.interphase.report.BandCharts.png(chart(cell, e.getKey(), e.getValue(), s), staging.resolve(file(e.getKey())));
            }
        });
    }

    /** The chart's file name of a metric ({@code gas_umol_cm2.H2} -> {@code gas_umol_cm2-H2.png}). */
    public static String file(String metric) {
        return metric.replace('.', '-') + ".png";
    }

    static JFreeChart chart(String cell, String metric, List<Morris.Effects> effects, Sensitivity s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int shown = 0;
        for (int j : ranking(effects)) {
            if (shown++ == BARS || !Double.isFinite(effects.get(j).muStar())) {
                break;
            }
            String label = s.space().sampled().get(j).label();
            data.addValue(effects.get(j).muStar(), "\u03bc* (mean |effect|)", label);
            data.addValue(effects.get(j).sigma(), "\u03c3 (non-linearity, interaction)", label);
        }
        JFreeChart chart = ChartFactory.createBarChart(cell + ": " + metric, null,
                "change of " + metric + " over the parameter's range", data, PlotOrientation.HORIZONTAL, true, false,
                false);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "Morris screening: %d trajectories, %d levels, %d runs (%d failed)",
                s.design().trajectories(), s.design().levels(), s.design().points().length, s.failed()),
                new Font(Font.SANS_SERIF, Font.PLAIN, 13)));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesPaint(1, new Color(0xE69F00));
        return chart;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
