package org.interphase.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.Morris;
import org.interphase.uq.cell.ParameterSpace;
import org.interphase.uq.cell.SampleRuns;
import org.interphase.uq.cell.Sensitivity;
import org.interphase.uq.cell.UncertainParameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which parameters a calibration case actually pins down: the Morris screening of org.interphase.uq
 * (the one implementation, as {@code interphase sensitivity} runs it) of the case's metric over the
 * literature ranges of every parameter its cell uses. A parameter is pinned by the published number
 * when moving it across its range moves the metric by more than the case's tolerance (mu* larger
 * than the half-width of what the case accepts): the published value then excludes part of the range.
 * A parameter below that is not constrained by the case, whatever the case's {@code role} says.
 * <p>
 * The screening is expensive (r (k+1) runs per case), so {@code interphase validate --sensitivity}
 * runs it and stores the outcome in FOLDER/{@value #FILE}; the report prints what the file holds.
 */
public final class CalibrationSensitivity {

    /** The file in the validation folder. */
    public static final String FILE = "sensitivity.json";

    /**
     * One screened parameter.
     *
     * @param label  the parameter (material value or mechanism parameter)
     * @param muStar mean absolute elementary effect over the whole range, metric unit
     * @param sigma  spread of the elementary effects (interaction, non-linearity)
     * @param pinned whether mu* exceeds the case's half-width
     */
    public record Effect(String label, double muStar, double sigma, boolean pinned) {
    }

    /**
     * The screening of one calibration case.
     *
     * @param id        the case
     * @param metric    the summary.json metric
     * @param halfWidth half-width of the interval the case accepts, metric unit
     * @param runs      runs of the design
     * @param failed    runs that failed
     * @param effects   every screened parameter, largest mu* first
     * @param note      why the case was not screened, else null
     */
    public record CaseScreening(String id, String metric, double halfWidth, int runs, int failed, List<Effect> effects,
            String note) {

        public List<Effect> pinned() {
            return effects.stream().filter(Effect::pinned).toList();
        }
    }

    private CalibrationSensitivity() {
    }

    /**
     * Half-width of the interval a published value accepts, in the metric's unit: the tolerance of a
     * number (a factor f accepts value/f .. value f), half a range; NaN for a lower bound.
     */
    public static double halfWidth(Published p) {
        if (p instanceof Published.Value v) {
            Published.Tolerance t = v.tolerance();
            return switch (t.type()) {
                case ABSOLUTE -> t.amount();
                case RELATIVE -> t.amount() / 100 * Math.abs(v.value());
                case FACTOR -> Math.abs(v.value()) * (t.amount() - 1 / t.amount()) / 2;
            };
        }
        if (p instanceof Published.Range r) {
            return (r.high() - r.low()) / 2;
        }
        return Double.NaN;
    }

    /** Screens one calibration case of the set. */
    public static CaseScreening screen(StudyRunner runner, int threads, ValidationCase c, Study study, Cell cell,
            int trajectories, long seed, Path samples) throws IOException, InterruptedException {
        String metric = c.kind().summaryMetric();
        double width = halfWidth(c.published());
        if (metric == null) {
            return new CaseScreening(c.id(), null, width, 0, 0, List.of(), "not screened: the gas onset is read from a "
                    + "ladder of " + "sweeps, so every point of the design would need the whole ladder");
        }
        ParameterSpace space = ParameterSpace.of(runner, study, cell);
        if (space.sampled().isEmpty()) {
            return new CaseScreening(c.id(), metric, width, 0, 0, List.of(), "no parameter of this cell has a range");
        }
        Morris.Design design = Morris.design(space.sampled().size(), trajectories, 4, seed);
        List<SampleRuns.Outcome> outcomes = new SampleRuns(runner, threads).run(study, cell, space,
                Sensitivity.points(space, design), samples.resolve(c.id()), null, () -> false, (k, r, cached) -> {
                });
        Sensitivity s = Sensitivity.of(space, design, outcomes, List.of(metric));
        return summary(c.id(), metric, width, design.points().length, s.failed(),
                space.sampled().stream().map(UncertainParameter::label).toList(), s.effects().get(metric));
    }

    /** The case's screening from the effects, largest mu* first, each marked pinned or not. */
    public static CaseScreening summary(String id, String metric, double width, int runs, int failed, List<String> labels,
            List<Morris.Effects> effects) {
        List<Effect> list = new ArrayList<>();
        for (int j = 0; j < effects.size(); j++) {
            Morris.Effects e = effects.get(j);
            if (e.count() == 0) {
                continue; // every elementary effect of this parameter was lost to failed runs
            }
            list.add(new Effect(labels.get(j), e.muStar(), e.sigma(), e.muStar() > width));
        }
        list.sort(Comparator.comparingDouble(Effect::muStar).reversed());
        return new CaseScreening(id, metric, width, runs, failed, list, null);
    }

    /** Writes the screenings (with how they were made) to FOLDER/{@value #FILE}. */
    public static void write(Path folder, List<CaseScreening> screenings, int trajectories, long seed, String product)
            throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("product_version", product);
        root.put("trajectories", trajectories);
        root.put("levels", 4);
        root.put("seed", seed);
        ObjectNode cases = root.putObject("cases");
        for (CaseScreening s : screenings) {
            ObjectNode n = cases.putObject(s.id());
            n.put("metric", s.metric());
            n.put("half_width", s.halfWidth());
            n.put("runs", s.runs());
            n.put("failed", s.failed());
            n.put("note", s.note());
            ArrayNode a = n.putArray("parameters");
            for (Effect e : s.effects()) {
                a.addObject().put("label", e.label()).put("mu_star", e.muStar()).put("sigma", e.sigma())
                        .put("pinned", e.pinned());
            }
        }
        Path tmp = folder.resolve(FILE + ".tmp");
        json.writeValue(tmp.toFile(), root);
        Files.move(tmp, folder.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The stored screenings, by case id, with the header line saying how they were made; empty when the
     * folder has none.
     */
    public static Stored read(Path folder) throws IOException {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return new Stored(null, Map.of());
        }
        JsonNode root = new ObjectMapper().readTree(f.toFile());
        Map<String, CaseScreening> out = new LinkedHashMap<>();
        root.path("cases").fields().forEachRemaining(e -> {
            JsonNode n = e.getValue();
            List<Effect> effects = new ArrayList<>();
            n.path("parameters").forEach(p -> effects.add(new Effect(p.path("label").asText(),
                    p.path("mu_star").asDouble(), p.path("sigma").asDouble(), p.path("pinned").asBoolean())));
            out.put(e.getKey(), new CaseScreening(e.getKey(), n.path("metric").isNull() ? null : n.path("metric").asText(),
                    n.path("half_width").asDouble(Double.NaN), n.path("runs").asInt(), n.path("failed").asInt(), effects,
                    n.path("note").isNull() || n.path("note").isMissingNode() ? null : n.path("note").asText()));
        });
        String how = "Morris screening, " + root.path("trajectories").asInt() + " trajectories, "
                + root.path("levels").asInt() + " levels, seed " + root.path("seed").asLong() + ", product "
                + root.path("product_version").asText();
        return new Stored(how, out);
    }

    /**
     * Screenings read back.
     *
     * @param how   how they were made, or null when there are none
     * @param cases by case id
     */
    public record Stored(String how, Map<String, CaseScreening> cases) {
    }
}
