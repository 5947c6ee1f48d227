package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.ResultInvariants;
import org.interphase.solver.study.StudyRunner;
import org.junit.jupiter.api.Test;

/**
 * Random valid cells through the engine with every installed mechanism (issue 14, "only possible
 * numbers"): a seeded generator writes a few hundred small cells (library cathodes, polymers, salts
 * and fillers within their usual ranges, two cycles at 25-90 °C, some with a voltage hold and a
 * short-circuit stop); each that checks without errors is run, and no result may break an invariant
 * of {@link ResultInvariants} (the runner turns a broken one into a failed cell naming it). The count
 * is {@code interphase.randomcells.count} (default 200), the seed {@code interphase.randomcells.seed}.
 */
class RandomCellInvariantTest {

    private record Cathode(String name, double low, double high) {
    }

    /** Cut-offs of the usual windows (cathodes.cell): LCO 3.0-4.2 V, NCM 3.0-4.3 V, LFP 2.5-3.8 V. */
    private static final List<Cathode> CATHODES = List.of(new Cathode("LCO", 3.0, 4.2),
            new Cathode("NCM111", 3.0, 4.3), new Cathode("NCM622", 3.0, 4.3), new Cathode("NCM811", 3.0, 4.3),
            new Cathode("LFP", 2.5, 3.8));
    private static final List<String> FILLERS = List.of("LLZO", "Al2O3", "SiO2", "LLZTO");

    static String cell(Random r, int n) {
        Cathode c = CATHODES.get(r.nextInt(CATHODES.size()));
        double high = c.high() + round(r.nextDouble() * 0.25 - 0.1, 2);
        double low = c.low() + round(r.nextDouble() * 0.4 - 0.2, 2);
        StringBuilder b = new StringBuilder("package rnd\n");
        b.append("cell R").append(n).append(" {\n    area 1 cm2\n");
        b.append(String.format(Locale.ROOT, "    cathode %s { loading %.2f mAh/cm2  carbon %d wt%% }%n", c.name(),
                0.5 + 2.5 * r.nextDouble(), r.nextInt(11)));
        b.append("    electrolyte {\n");
        b.append("        polymer PEO { end group ").append(r.nextBoolean() ? "hydroxyl" : "methoxy").append(" }\n");
        b.append(String.format(Locale.ROOT, "        salt %s { ratio EO:Li %d }%n", r.nextBoolean() ? "LiTFSI" : "LiFSI",
                8 + r.nextInt(23)));
        if (r.nextInt(3) == 0) {
            b.append(String.format(Locale.ROOT, "        filler %s { fraction %d wt%%  particle size %d nm }%n",
                    FILLERS.get(r.nextInt(FILLERS.size())), 2 + r.nextInt(19), 50 + r.nextInt(451)));
        }
        b.append(String.format(Locale.ROOT, "        thickness %d um%n    }%n", 10 + r.nextInt(141)));
        b.append(String.format(Locale.ROOT, "    anode Li { thickness %d um }%n}%n", 20 + r.nextInt(81)));
        String rate = List.of("C/10", "C/5", "C/2", "1 C").get(r.nextInt(4));
        b.append("protocol P {\n");
        b.append(String.format(Locale.ROOT, "    temperature %d °C%n", 25 + r.nextInt(66)));
        if (r.nextInt(3) == 0) {
            b.append("    stop when short circuit\n");
        }
        b.append("    repeat 2 {\n");
        b.append(String.format(Locale.ROOT, "        charge at %s until %.2f V%n", rate, high));
        if (r.nextInt(3) == 0) {
            b.append(String.format(Locale.ROOT, "        hold at %.2f V until C/20 for 1 h%n", high));
        }
        if (r.nextBoolean()) {
            b.append("        rest for 10 min\n");
        }
        b.append(String.format(Locale.ROOT, "        discharge at %s until %.2f V%n    }%n}%n", rate, low));
        b.append("study S {\n    cell R").append(n).append("\n    protocol P\n    mechanisms all\n}\n");
        return b.toString();
    }

    static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    @Test
    void noRandomCellBreaksAnInvariant() throws Exception {
        long seed = Long.getLong("interphase.randomcells.seed", 14L);
        int count = Integer.getInteger("interphase.randomcells.count", 200);
        Random random = new Random(seed);
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), "test", Duration.ofMinutes(10)); // wall time, generous on a loaded machine
        Map<RunStatus, Integer> statuses = new EnumMap<>(RunStatus.class);
        List<String> broken = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int checkedWithErrors = 0;
        long cpuStart = processCpuNanos();
        long wallStart = System.nanoTime();
        for (int n = 0; n < count; n++) {
            String text = cell(random, n);
            CellWorkspace ws = new CellWorkspace();
            Resource res = ws.load("random" + n + ".cell", text);
            ws.resolveAll();
            List<Problem> errors = ws.validate(res, "random.cell", CancelIndicator.NullImpl).stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                checkedWithErrors++;
                refused.add(errors.get(0).format());
                continue;
            }
            Document d = (Document) res.getContents().get(0);
            Cell cell = (Cell) d.getElements().stream().filter(Cell.class::isInstance).findFirst().orElseThrow();
            Study study = (Study) d.getElements().stream().filter(Study.class::isInstance).findFirst().orElseThrow();
            RunResult result = runner.run(study, cell, "0", () -> false);
            statuses.merge(result.getStatus(), 1, Integer::sum);
            if (result.getStatus() == RunStatus.FAILED && result.getStopReason() != null
                    && result.getStopReason().startsWith(ResultInvariants.message(""))) {
                broken.add("#" + n + ": " + result.getStopReason() + "\n" + text);
            }
        }
        // CPU of the whole test process: the runs go on threads of their own (StudyRunner)
        System.out.printf("RandomCellInvariantTest: %d cells (seed %d), %d refused by check, run: %s, %d broke an"
                + " invariant; %.1f s wall, %.1f s CPU%n", count, seed, checkedWithErrors, statuses, broken.size(),
                (System.nanoTime() - wallStart) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        refused.stream().limit(5).forEach(p -> System.out.println("  refused: " + p));
        assertTrue(checkedWithErrors < count / 10, "the generator writes valid cells: " + refused);
        assertEquals(List.of(), broken);
    }
}
