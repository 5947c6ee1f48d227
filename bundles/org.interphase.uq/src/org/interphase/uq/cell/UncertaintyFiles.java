package org.interphase.uq.cell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.interphase.model.results.RunResult;
import org.interphase.report.BandCharts;
import org.interphase.report.CellPlots;
import org.interphase.results.AtomicFolder;
import org.interphase.results.ResultCache;
import org.interphase.results.ResultFiles;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.ChartKind;
import org.interphase.uq.Percentiles;
import org.jfree.chart.JFreeChart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a cell's uncertainty into its result folder (docs/results.md#uncertainty): the
 * {@code uncertainty} object of summary.json, {@value #CSV} with the per-cycle bands, and the bands
 * drawn into retention.png and resistance.png. The folder is rewritten all or nothing, with a new
 * {@value ResultCache#MANIFEST}, so that it stays a valid cache entry.
 */
public final class UncertaintyFiles {

    /** The per-cycle bands. */
    public static final String CSV = org.interphase.results.plot.Overlays.UNCERTAINTY_CSV;

    static final String CSV_HEADER = String.join(",", org.interphase.results.plot.Overlays.UNCERTAINTY_COLUMNS);

    private static final ObjectMapper JSON = new ObjectMapper();

    private UncertaintyFiles() {
    }

    /** Adds the uncertainty to the folder of the nominal run (as read back from the folder). */
    public static void write(Path folder, RunResult nominal, Uncertainty u) throws IOException {
        ObjectNode summary = (ObjectNode) JSON.readTree(folder.resolve("summary.json").toFile());
        summary.set("uncertainty", json(u));
        Map<String, JFreeChart> charts = CellPlots.charts(nominal);
        int completed = u.samples() - u.failed();
        Set<String> replaced = Set.of("summary.json", CSV, ChartKind.RETENTION.file(), ChartKind.RESISTANCE.file(), ResultCache.MANIFEST);
        AtomicFolder.write(folder, staging -> {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    if (!replaced.contains(f.getFileName().toString())) {
                        Files.copy(f, staging.resolve(f.getFileName()));
                    }
                }
            }
            ResultFiles.writeJson(summary, staging.resolve("summary.json"));
            Files.writeString(staging.resolve(CSV), csv(u), StandardCharsets.UTF_8);
            for (String name : List.of(ChartKind.RETENTION.file(), ChartKind.RESISTANCE.file())) {
                JFreeChart chart = charts.get(name);
                if (chart == null) {
                    continue;
                }
                Band band = u.band(name.equals(ChartKind.RETENTION.file()) ? u.retention() : u.resistance(),
                        "p5-p95 of " + completed + " samples (thin line: median)", 0);
                BandCharts.add(chart, nominal.getCell(), band);
                if (name.equals(ChartKind.RETENTION.file())) {
                    BandCharts.clipRetention(chart, List.of(band));
                }
                BandCharts.png(chart, staging.resolve(name));
            }
            ResultCache.writeManifest(staging);
        });
    }

    /** The {@code uncertainty} object of summary.json. */
    static ObjectNode json(Uncertainty u) {
        ObjectNode n = JSON.createObjectNode();
        n.put("samples", u.samples());
        n.put("seed", u.seed());
        n.put("sampling", "latin hypercube");
        n.put("percentiles", "hyndman-fan 7");
        n.put("completed", u.samples() - u.failed());
        n.put("failed", u.failed());
        ArrayNode failures = n.putArray("failures");
        u.failures().forEach((reason, count) -> failures.addObject().put("reason", reason).put("count", count));
        ArrayNode early = n.putArray("ended_early");
        u.endedEarly().forEach((reason, count) -> early.addObject().put("reason", reason).put("count", count));
        n.put("cached", u.cached());
        ArrayNode parameters = n.putArray("parameters");
        for (UncertainParameter p : u.space().sampled()) {
            ObjectNode o = parameters.addObject();
            o.put("name", p.label());
            o.put("min", ResultFiles.rounded(p.display(p.factor().min())));
            o.put("max", ResultFiles.rounded(p.display(p.factor().max())));
            o.put("nominal", ResultFiles.rounded(p.display(p.nominal())));
            o.put("unit", p.unit() == null ? "" : p.unit());
            o.put("scale", p.factor().log() ? "log" : "linear");
            if (p.ratio() != null) {
                o.put("sampled_as", p.sampledAs());
            }
        }
        ArrayNode notSampled = n.putArray("not_sampled");
        u.space().notSampled().forEach(notSampled::add);
        ObjectNode metrics = n.putObject("metrics");
        u.metrics().forEach((name, p) -> {
            ObjectNode m = metrics.putObject(name);
            put(m, "p5", p.p5());
            put(m, "p50", p.p50());
            put(m, "p95", p.p95());
            m.put("n", p.n());
        });
        return n;
    }

    private static void put(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, ResultFiles.rounded(v));
        } else {
            n.putNull(field);
        }
    }

    static String csv(Uncertainty u) {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        var resistance = new java.util.TreeMap<Integer, Percentiles>();
        u.resistance().forEach(x -> resistance.put(x.cycle(), x.percentiles()));
        var retention = new java.util.TreeMap<Integer, Percentiles>();
        u.retention().forEach(x -> retention.put(x.cycle(), x.percentiles()));
        var cycles = new java.util.TreeSet<Integer>(retention.keySet());
        cycles.addAll(resistance.keySet());
        for (int c : cycles) {
            b.append(c);
            for (Percentiles p : new Percentiles[] { retention.get(c), resistance.get(c) }) {
                if (p == null) {
                    b.append(",,,,0");
                } else {
                    b.append(',').append(ResultFiles.number(p.p5())).append(',').append(ResultFiles.number(p.p50()))
                            .append(',').append(ResultFiles.number(p.p95())).append(',').append(p.n());
                }
            }
            b.append('\n');
        }
        return b.toString();
    }
}
