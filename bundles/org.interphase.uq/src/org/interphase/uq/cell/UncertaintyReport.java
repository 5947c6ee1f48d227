package org.interphase.uq.cell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.data.CyclerData;
import org.interphase.model.results.RunResult;
import org.interphase.report.BandCharts;
import org.interphase.report.StudyReport;
import org.interphase.results.AtomicFile;
import org.interphase.results.plot.Band;
import org.interphase.uq.Percentiles;
import org.jfree.chart.JFreeChart;

/**
 * Draws a study's report (report.html) with its cells' uncertainty: the report as
 * {@link StudyReport} writes it, the bands added to the retention and resistance overlays, and a
 * section with the percentiles of each cell's metrics, the failed samples and their reasons, and
 * what was and was not sampled.
 */
public final class UncertaintyReport {

    /** The metrics shown in the report's table (all of them are in summary.json). */
    static final List<String> SHOWN = List.of("capacity_retention_pct", "cycles_to_80pct", "mean_coulombic_efficiency_pct",
            "final_resistance_ohm_cm2", "onset_potential_V", "time_to_short_h", "ionic_conductivity_S_cm",
            "cei_thickness_nm", "sei_thickness_nm");

    private UncertaintyReport() {
    }

    /**
     * Writes the report.
     *
     * @param runs        the study's cells as read back from their folders, in order
     * @param uncertainty per cell name, its uncertainty (cells without one are drawn as usual)
     */
    public static void write(Path studyFolder, String study, List<RunResult> runs, CyclerData measured, String label,
            Map<String, Uncertainty> uncertainty) throws IOException {
        StudyReport.write(studyFolder, study, runs, measured, label);
        Map<String, JFreeChart> overlays = StudyReport.overlays(study, runs, measured, label);
        for (String name : List.of(StudyReport.RETENTION, StudyReport.RESISTANCE)) {
            JFreeChart chart = overlays.get(name);
            if (chart == null) {
                continue;
            }
            List<Band> bands = new java.util.ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                RunResult r = runs.get(i);
                Uncertainty u = uncertainty.get(r.getCell());
                if (u != null) {
                    int completed = u.samples() - u.failed();
                    Band band = u.band(name.equals(StudyReport.RETENTION) ? u.retention() : u.resistance(),
                            r.getCell() + " p5-p95 (" + completed + " samples)", i);
                    BandCharts.add(chart, r.getCell(), band);
                    bands.add(band);
                }
            }
            if (name.equals(StudyReport.RETENTION)) {
                BandCharts.clipRetention(chart, bands);
            }
            AtomicFile.write(studyFolder.resolve(name), f -> BandCharts.png(chart, f));
        }
        Path html = studyFolder.resolve(StudyReport.FILE);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        String section = section(runs, uncertainty);
        AtomicFile.write(html, f -> Files.writeString(f, page.replace("</body>", section + "</body>"), StandardCharsets.UTF_8));
    }

    static String section(List<RunResult> runs, Map<String, Uncertainty> uncertainty) {
        StringBuilder h = new StringBuilder("<h2>Uncertainty</h2>\n");
        h.append("<p>Each cell was also run at Latin-hypercube samples of the literature ranges of its parameters"
                + " (log-uniform where a range spans a decade or more); the table gives the 5th, 50th and 95th"
                + " percentiles (Hyndman-Fan 7) over the samples that completed, the bands on the retention and"
                + " resistance charts the 5th to 95th percentile per cycle. See docs/uncertainty.md.</p>\n");
        for (RunResult r : runs) {
            Uncertainty u = uncertainty.get(r.getCell());
            if (u == null) {
                continue;
            }
            h.append("<h3>").append(esc(r.getCell())).append("</h3>\n<p>").append(u.samples()).append(" samples, seed ")
                    .append(u.seed()).append(", ").append(u.space().sampled().size()).append(" parameters sampled, ")
                    .append(u.space().notSampled().size()).append(" without a range kept at their value; ")
                    .append(u.failed()).append(" failed");
            if (u.failed() > 0) {
                h.append(":</p>\n<ul>\n");
                u.failures().forEach((reason, n) -> h.append("<li>").append(n).append(" &times; ").append(esc(reason))
                        .append("</li>\n"));
                h.append("</ul>\n");
            } else {
                h.append(".</p>\n");
            }
            if (!u.endedEarly().isEmpty()) {
                h.append("<p>Samples that ended before the protocol did (in the percentiles of the metrics they have):</p>\n<ul>\n");
                u.endedEarly().forEach((reason, n) -> h.append("<li>").append(n).append(" &times; ").append(esc(reason))
                        .append("</li>\n"));
                h.append("</ul>\n");
            }
            h.append("<table>\n<thead><tr><th>Metric</th><th>Nominal</th><th>p5</th><th>p50</th><th>p95</th><th>n</th></tr></thead>\n<tbody>\n");
            Map<String, Double> nominal = MetricValues.of(r);
            for (String name : SHOWN) {
                Percentiles p = u.metrics().get(name);
                if (p == null || p.n() == 0) {
                    continue;
                }
                h.append("<tr><td>").append(esc(name)).append("</td><td>").append(number(nominal.getOrDefault(name, Double.NaN)))
                        .append("</td><td>").append(number(p.p5())).append("</td><td>").append(number(p.p50()))
                        .append("</td><td>").append(number(p.p95())).append("</td><td>").append(p.n()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n<details><summary>Parameters</summary>\n<ul>\n");
            for (UncertainParameter p : u.space().sampled()) {
                h.append("<li>").append(esc(p.label())).append(": ").append(number(p.display(p.factor().min())))
                        .append(" to ").append(number(p.display(p.factor().max()))).append(' ')
                        .append(esc(p.unit() == null ? "" : p.unit())).append(p.factor().log() ? " (log-uniform)" : "")
                        .append(p.ratio() == null ? "" : ", sampled as the " + esc(p.sampledAs())).append("</li>\n");
            }
            for (String s : u.space().notSampled()) {
                h.append("<li class=\"meta\">not sampled: ").append(esc(s)).append("</li>\n");
            }
            h.append("</ul>\n</details>\n");
        }
        return h.toString();
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "-";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
