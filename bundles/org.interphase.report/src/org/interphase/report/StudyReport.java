package org.interphase.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.RunResult;
import org.interphase.results.plot.ChartKind;
import org.interphase.results.Metric;
import org.interphase.results.ResultFiles;
import org.interphase.results.RetentionNote;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;

/**
 * OUT/&lt;study&gt;/report.html: the study's cells side by side (a table of their metrics, overlay
 * charts, links to each cell's folder and plots). Self-contained: inline CSS, no script, the
 * overlay charts as PNG files beside it.
 */
public final class StudyReport {

    public static final String FILE = "report.html";
    /** The overlay of the cells' plots of one kind is named as that plot, after this prefix. */
    static final String OVERLAY = "report-";
    public static final String RETENTION = OVERLAY + ChartKind.RETENTION.file();
    public static final String RESISTANCE = OVERLAY + ChartKind.RESISTANCE.file();
    public static final String LSV = OVERLAY + ChartKind.LSV.file();
    public static final String OVERPOTENTIAL = OVERLAY + ChartKind.OVERPOTENTIAL.file();

    /** A metric column of the table: header, unit and how a run's value is shown (null: none). */
    record Column(String header, String unit, Function<RunResult, String> value) {
    }

    private StudyReport() {
    }

    /**
     * Writes report.html and its overlay charts into the study's folder (created if needed). Every
     * file is drawn in a hidden staging folder beside them first and moved into place atomically,
     * report.html last; a failure leaves the previous report as it was and no staging folder.
     */
    public static void write(Path studyFolder, String study, List<RunResult> runs) throws IOException {
        write(studyFolder, study, runs, null, null);
    }

    /**
     * As {@link #write(Path, String, List)}, with the measured data the study compares with (or null)
     * drawn as points on the retention overlay.
     */
    public static void write(Path studyFolder, String study, List<RunResult> runs,
            org.interphase.data.CyclerData measured, String label) throws IOException {
        Files.createDirectories(studyFolder);
        Path staging = studyFolder.resolve(".partial-report-" + UUID.randomUUID());
        Files.createDirectory(staging);
        try {
            Map<String, JFreeChart> overlays = overlays(study, runs, measured, label);
            for (var e : overlays.entrySet()) {
                Charts.png(e.getValue(), staging.resolve(e.getKey()));
            }
            Files.writeString(staging.resolve(FILE), html(study, runs, overlays.keySet().stream().toList()),
                    StandardCharsets.UTF_8);
            for (String name : overlays.keySet()) {
                Files.move(staging.resolve(name), studyFolder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging.resolve(FILE), studyFolder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
            // overlay charts of an earlier run that no longer apply
            for (String name : List.of(RETENTION, RESISTANCE, LSV, OVERPOTENTIAL)) {
                if (!overlays.containsKey(name)) {
                    Files.deleteIfExists(studyFolder.resolve(name));
                }
            }
        } finally {
            delete(staging);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var s = Files.list(folder)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    /** The overlay charts that apply to the study's runs, by file name. */
    public static Map<String, JFreeChart> overlays(String study, List<RunResult> runs) {
        return overlays(study, runs, null, null);
    }

    /** The overlay charts, with the measured retention (when there is measured data) as points. */
    public static Map<String, JFreeChart> overlays(String study, List<RunResult> runs,
            org.interphase.data.CyclerData measured, String label) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        List<XYSeries> retention = new ArrayList<>();
        List<XYSeries> resistance = new ArrayList<>();
        for (RunResult r : runs) {
            if (CellPlots.hasRetention(r)) {
                retention.add(CellPlots.retention(r, r.getCell()));
            }
            XYSeries rs = CellPlots.resistance(r);
            if (rs.getItemCount() >= 2) {
                resistance.add(rs);
            }
        }
        String subtitle = "study " + study;
        if (!retention.isEmpty()) {
            var renderer = Charts.lines(retention.size(), false);
            if (measured != null && !measured.cycles().isEmpty()) {
                Comparison.points(renderer, retention.size(), retention.size());
                retention.add(Comparison.retention(measured, "measured: " + label));
            }
            XYPlot plot = Charts.plot(Charts.collection(retention), Charts.cycleAxis(),
                    Charts.axis(CellPlots.CAPACITY_LABEL), renderer);
            Charts.horizontalMarker(plot, 80, "80 %");
            charts.put(RETENTION, Charts.chart("Capacity retention", subtitle, plot));
        }
        if (!resistance.isEmpty()) {
            XYPlot plot = Charts.plot(Charts.collection(resistance), Charts.cycleAxis(),
                    Charts.axis(CellPlots.RESISTANCE_LABEL), Charts.lines(resistance.size(), false));
            charts.put(RESISTANCE, Charts.chart("Series resistance", subtitle, plot));
        }
        List<org.interphase.results.plot.CellData> data = runs.stream().map(org.interphase.results.plot.CellData::of).toList();
        var lsv = org.interphase.results.plot.LsvPlot.of("Linear sweeps", data);
        if (lsv.hasData()) {
            charts.put(LSV, Charts.render(lsv, subtitle));
        }
        var plating = org.interphase.results.plot.OverpotentialPlot.of("Li plating and stripping", data);
        if (plating.hasData()) {
            String note = org.interphase.results.plot.OverpotentialPlot.note(data);
            charts.put(OVERPOTENTIAL, Charts.render(plating, subtitle + (note.isEmpty() ? "" : "; " + note)));
        }
        return charts;
    }

    /** The metric columns, in the order of summary.json. */
    static List<Column> columns() {
        return List.of(
                new Column("Cycles", "", r -> integer(m(r).getCyclesCompleted())),
                new Column("Retention", "%", r -> fixed(m(r).getCapacityRetention(), 1)),
                new Column("Cycles to 80 %", "", r -> integer(m(r).getCyclesTo80pct())),
                new Column("Mean CE", "%", r -> fixed(m(r).getMeanCoulombicEfficiency(), 2)),
                new Column("Onset", "V", r -> fixed(m(r).getOnsetPotential(), 3)),
                new Column("Time to short", "h", r -> fixed(m(r).getTimeToShort(), 1)),
                new Column("Conductivity", "S/cm", r -> scientific(m(r).getIonicConductivity())),
                new Column("Interfacial R", "\u03a9 cm\u00b2", r -> fixed(m(r).getInterfacialResistance(), 1)),
                new Column("Final R", "\u03a9 cm\u00b2", r -> fixed(m(r).getFinalResistance(), 1)),
                new Column("CEI", "nm", r -> significant(m(r).getCeiThickness())),
                new Column("SEI", "nm", r -> significant(m(r).getSeiThickness())),
                new Column("Contact", "%", r -> fixed(m(r).getContactArea(), 1)),
                new Column("Gas H\u2082 / CH\u2084 / CO / CO\u2082 / O\u2082", "\u00b5mol/cm\u00b2", StudyReport::gases));
    }

    /** The page. */
    public static String html(String study, List<RunResult> runs, List<String> overlays) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(esc(study)).append(": Interphase report</title>\n");
        h.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(study)).append("</h1>\n");
        List<String> protocols = runs.stream().map(RunResult::getProtocol).distinct().toList();
        h.append("<p class=\"meta\">").append(runs.size()).append(runs.size() == 1 ? " cell" : " cells");
        if (!protocols.isEmpty()) {
            h.append(", protocol ").append(esc(String.join(", ", protocols)));
        }
        RunResult first = runs.isEmpty() ? null : runs.get(0);
        if (first != null && first.getProvenance() != null) {
            h.append(". Interphase ").append(esc(first.getProvenance().getProductVersion()));
            String sha = first.getProvenance().getInputSha256();
            if (sha != null) {
                h.append(", input SHA-256 <code>").append(esc(sha.substring(0, Math.min(12, sha.length())))).append("</code>");
            }
        }
        h.append(".</p>\n");

        // the metrics table: columns that no cell has a value for are left out
        List<Column> columns = columns().stream().filter(c -> runs.stream().anyMatch(r -> c.value().apply(r) != null)).toList();
        boolean reasons = runs.stream().anyMatch(r -> r.getStopReason() != null);
        h.append("<h2>Metrics</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>Cell</th><th>Status</th>");
        for (Column c : columns) {
            h.append("<th>").append(esc(c.header()));
            if (!c.unit().isEmpty()) {
                h.append("<br><span class=\"unit\">").append(esc(c.unit())).append("</span>");
            }
            h.append("</th>");
        }
        if (reasons) {
            h.append("<th>Stop reason</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (RunResult r : runs) {
            String status = r.getStatus() == null ? "" : r.getStatus().getLiteral();
            h.append("<tr data-cell=\"").append(esc(r.getCell())).append("\"><th><a href=\"#cell-").append(esc(r.getCell()))
                    .append("\">").append(esc(r.getCell())).append("</a></th>");
            h.append("<td class=\"status ").append(esc(status)).append("\">").append(esc(status.replace('_', ' '))).append("</td>");
            for (Column c : columns) {
                String v = c.value().apply(r);
                h.append("<td class=\"num\">").append(v == null ? "\u2013" : esc(v)).append("</td>");
            }
            if (reasons) {
                h.append("<td class=\"reason\">").append(r.getStopReason() == null ? "" : esc(r.getStopReason())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
        h.append("<p class=\"note\">\u2013: not applicable. Full values in each cell's <code>summary.json</code>.</p>\n");

        if (!overlays.isEmpty()) {
            h.append("<h2>Comparison</h2>\n");
            for (String name : overlays) {
                h.append("<figure><img src=\"").append(esc(name)).append("\" width=\"").append(Charts.WIDTH)
                        .append("\" height=\"").append(Charts.HEIGHT).append("\" alt=\"").append(esc(caption(name)))
                        .append("\"></figure>\n");
            }
        }

        h.append("<h2>Cells</h2>\n");
        for (RunResult r : runs) {
            String cell = r.getCell();
            h.append("<section id=\"cell-").append(esc(cell)).append("\">\n<h3><a href=\"").append(esc(cell)).append("/\">")
                    .append(esc(cell)).append("</a></h3>\n<p class=\"files\">");
            List<String> files = new ArrayList<>(ResultFiles.files(r));
            List<String> images = CellPlots.images(r);
            files.addAll(images);
            for (int i = 0; i < files.size(); i++) {
                h.append(i == 0 ? "" : " \u00b7 ").append("<a href=\"").append(esc(cell)).append('/').append(esc(files.get(i)))
                        .append("\">").append(esc(files.get(i))).append("</a>");
            }
            h.append("</p>\n");
            if (r.getStopReason() != null) {
                h.append("<p class=\"reason\">").append(esc(r.getStopReason())).append("</p>\n");
            }
            RetentionNote.of(r).ifPresent(n -> h.append("<p class=\"warning\" data-note=\"").append(RetentionNote.CODE)
                    .append("\">").append(esc(n.text())).append("</p>\n"));
            if (!images.isEmpty()) {
                h.append("<div class=\"thumbs\">");
                for (String image : images) {
                    h.append("<a href=\"").append(esc(cell)).append('/').append(esc(image)).append("\"><img src=\"")
                            .append(esc(cell)).append('/').append(esc(image)).append("\" width=\"400\" height=\"250\" alt=\"")
                            .append(esc(cell + ": " + caption(image))).append("\"></a>");
                }
                h.append("</div>\n");
            }
            h.append("</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** What an image shows: a cell's chart, or the overlay of the cells' charts of one kind. */
    private static String caption(String image) {
        String chart = image.startsWith(OVERLAY) ? image.substring(OVERLAY.length()) : image;
        return ChartKind.ofFile(chart).map(ChartKind::shows).orElse(image);
    }

    private static final String CSS = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; margin: 2em auto; max-width: 1240px; padding: 0 1em; line-height: 1.4; }
            h1 { margin-bottom: 0.2em; }
            h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 1.6em; }
            .meta, .note { color: #555; }
            .note { font-size: 0.9em; }
            code { font-size: 0.95em; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.92em; }
            th, td { border: 1px solid #ddd; padding: 0.35em 0.6em; vertical-align: top; }
            thead th { background: #f3f5f7; text-align: center; }
            tbody th { text-align: left; white-space: nowrap; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .unit { font-weight: normal; color: #555; font-size: 0.9em; }
            .status { white-space: nowrap; }
            .status.failed, .status.short_circuit { color: #b00020; font-weight: bold; }
            .status.stopped { color: #b35900; }
            .reason { color: #555; }
            .warning { color: #b35900; }
            figure { margin: 1em 0; }
            img { max-width: 100%; height: auto; border: 1px solid #eee; }
            .thumbs { display: flex; flex-wrap: wrap; gap: 0.6em; }
            a { color: #0060a0; }
            """;

    private static Metrics m(RunResult r) {
        return r.getMetrics() == null ? org.interphase.model.results.ResultsFactory.eINSTANCE.createMetrics() : r.getMetrics();
    }

    /** The gases as "H2 / CH4 / CO / CO2 / O2" (Metric.GASES), a dash for one not reported; null when none is. */
    private static String gases(RunResult r) {
        GasAmounts g = m(r).getGas();
        List<Double> amounts = Metric.GASES.stream().map(s -> Metric.gas(g, s)).toList();
        if (amounts.stream().allMatch(java.util.Objects::isNull)) {
            return null;
        }
        return String.join(" / ", amounts.stream().map(v -> significant(v) == null ? "\u2013" : significant(v)).toList());
    }

    private static String integer(Integer v) {
        return v == null ? null : v.toString();
    }

    /** A number with a fixed count of decimals, as the run's table on the terminal shows it. */
    static String fixed(Double v, int digits) {
        return v == null || !Double.isFinite(v) ? null : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static String scientific(Double v) {
        return v == null || !Double.isFinite(v) ? null : String.format(Locale.ROOT, "%.2e", v);
    }

    static String significant(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return null;
        }
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.3g", v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
