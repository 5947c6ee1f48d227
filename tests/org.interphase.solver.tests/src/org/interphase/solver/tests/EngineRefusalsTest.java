package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

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
import org.interphase.solver.study.StudyRunner;
import org.junit.jupiter.api.Test;

/**
 * The engine's input refusals (the CellModelExceptions of solver/cell and solver/run that a checked
 * file can reach), one list tested both ways (issues 14 and 16): the engine refuses each input with
 * its message, and the checker reports it first, as an error on the line where it is written. The
 * refusals the checker already reported before (no cathode, electrolyte or anode, no polymer,
 * temperature at absolute zero, a current step that never ends, an unknown mechanism or path) are
 * in ValidationTest.
 *
 * @see org.interphase.dsl.validation.EngineRefusalValidator
 */
class EngineRefusalsTest {

    /**
     * @param text    a file whose first cell and study the engine refuses
     * @param engine  what the failed run says (the solver's exception)
     * @param checker what the checker says
     * @param at      the text of the line the checker's error is on
     */
    record Refusal(String text, String engine, String checker, String at) {
    }

    private static String cell(String cathode, String electrolyte, String anode) {
        return "package t\ncell X {\n    area 1 cm2\n    cathode " + cathode + "\n    electrolyte {\n" + electrolyte
                + "\n    }\n    anode " + anode + "\n}\n";
    }

    private static final String LCO = "LCO { loading 1.5 mAh/cm2 }";
    private static final String PEO = "        polymer PEO { end group hydroxyl }\n        salt LiTFSI { ratio EO:Li 20 }\n"
            + "        thickness 50 um";
    private static final String CYCLE = "protocol P {\n    temperature 60 °C\n    repeat 2 {\n"
            + "        charge at C/5 until 4.2 V\n        discharge at C/5 until 3.0 V\n    }\n}\n";
    private static final String IMPEDANCE = "protocol P {\n    temperature 60 °C\n    impedance from 1 MHz to 0.1 Hz\n}\n";
    private static final String STUDY = "study S {\n    cell X\n    protocol P\n}\n";

    static final List<Refusal> REFUSALS = List.of(
            // Composite.of; the docs' TwoFillers example wrote exactly this
            new Refusal(cell(LCO, PEO + "\n        filler SiO2 { fraction 5 wt% }", "Li") + CYCLE + STUDY,
                    "filler SiO2 needs a fraction and a particle size", "the filler needs a particle size",
                    "filler SiO2"),
            // SaltAmount.concentration
            new Refusal(cell(LCO, PEO.replace("EO:Li 20", "PO:Li 20"), "Li") + CYCLE + STUDY,
                    "a salt ratio PO:Li cannot be turned into a concentration", "a salt ratio PO:Li cannot be turned",
                    "salt LiTFSI"),
            new Refusal(cell(LCO, PEO.replace("salt LiTFSI { ratio EO:Li 20 }", "salt LiTFSI"), "Li") + CYCLE + STUDY,
                    "the electrolyte has no salt amount", "the electrolyte has no salt amount", "electrolyte {"),
            // PolymerElectrolyte.of
            new Refusal(cell(LCO, PEO.replace("        thickness 50 um", ""), "Li") + CYCLE + STUDY,
                    "the electrolyte has no thickness", "the electrolyte has no thickness", "electrolyte {"),
            // SaltAmount.concentration: more salt than the pure salt holds (issue 12, item 7; a molality counts the
            // salt's volume since 2026-12-07 and cannot exceed it, a molarity can)
            new Refusal(cell(LCO, PEO.replace("ratio EO:Li 20", "concentration 5 mol/L"), "Li") + CYCLE + STUDY,
                    "LiTFSI at this concentration is 5.00 mol/L in the film, more than the pure salt holds (4.63 mol/L",
                    "LiTFSI at this concentration is 5.00 mol/L in the film, more than the pure salt holds (4.63 mol/L",
                    "        salt LiTFSI"),
            // PolymerElectrolyte.of: a sub-micron film (issue 12, item 7; it used to run into the time limit)
            new Refusal(cell(LCO, PEO.replace("thickness 50 um", "thickness 100 nm"), "Li") + CYCLE + STUDY,
                    "an electrolyte of 0.100 um is thinner than 1 um and is not modelled: the engine's film is flat",
                    "an electrolyte of 100 nm is thinner than 1 um and is not modelled: the engine's film is flat",
                    "        thickness 100 nm"),
            // LithiumAnode.of through CellModel.of: an impedance-only protocol on LCO|SS
            new Refusal(cell(LCO, PEO, "SS") + IMPEDANCE + STUDY, "the anode SS is not lithium",
                    "the anode SS is not lithium", "    cell X\n"),
            // SymmetricCellRunner: an impedance-only protocol on Li|SS
            new Refusal(cell("Li", PEO, "SS") + IMPEDANCE + STUDY, "is not a symmetric Li|electrolyte|Li cell",
                    "runs as a symmetric Li|electrolyte|Li cell, but its anode SS is not lithium", "    cell X\n"),
            // ProtocolRunner.single
            new Refusal(cell(LCO, PEO, "Li") + "protocol P {\n    plate at 0.1 mA/cm2 for 1 h\n}\n" + STUDY,
                    "plate and strip steps need a Li|Li cell", "plate and strip steps need a Li|Li cell", "    cell X\n"),
            // SymmetricCellRunner.single and current
            new Refusal(cell("Li", PEO, "Li") + CYCLE + STUDY, "is a symmetric Li|Li cell: it plates and strips",
                    "is a symmetric Li|Li cell: it plates and strips", "    cell X\n"),
            new Refusal(cell("Li", PEO, "Li") + "protocol P {\n    plate at C/5 for 1 h\n}\n" + STUDY,
                    "a C-rate has no meaning for the symmetric Li|Li cell", "a C-rate has no meaning", "    cell X\n"),
            new Refusal(cell("Li", PEO, "Li") + "protocol P {\n    hold at 0.1 V for 1 h\n}\n" + STUDY,
                    "a hold step cannot run on the symmetric Li|Li cell", "a hold step cannot run", "    cell X\n"),
            // SymmetricCellRunner's constructor
            new Refusal(cell("Li", PEO, "Li") + "protocol P {\n    stop when capacity below 80 %\n"
                    + "    repeat 2 {\n        plate at 0.1 mA/cm2 for 1 h\n        strip at 0.1 mA/cm2 for 1 h\n    }\n}\n"
                    + STUDY, "'stop when capacity below' has no meaning", "'stop when capacity below' has no meaning",
                    "    cell X\n"),
            // ConductivityLaw.vft through CellModel: PEO's VFT reference temperature is 180 K (polymers.cell)
            new Refusal(cell(LCO, PEO, "Li") + CYCLE.replace("temperature 60 °C", "temperature -100 °C") + STUDY,
                    "173 K is at or below the polymer's VFT reference temperature",
                    "cell X cannot be run: 173 K is at or below the polymer's VFT reference temperature", "    cell X\n"),
            // MaterialData.require through Cathode.of: a user's cathode material without the parameters
            new Refusal("material Bare : cathode { theoretical capacity = 200 mAh/g }\n"
                    + cell("Bare { loading 1.5 mAh/cm2 }", PEO, "Li") .replace("package t\n", "") + CYCLE + STUDY,
                    "material Bare has no", "cell X cannot be run: material Bare has no", "    cell X\n"),
            // OcvCurve through Cathode.of: a cathode material whose own OCV curve has one point (issue 14)
            new Refusal("material One : cathode based on LCO {\n    open circuit voltage at 50 % = 3.9 V\n}\n"
                    + cell("One { loading 1.5 mAh/cm2 }", PEO, "Li").replace("package t\n", "") + CYCLE + STUDY,
                    "an OCV curve needs at least two points", "an OCV curve needs at least two points",
                    "    open circuit voltage at 50 %"),
            // ConductivityLaw.of: VFT fits of a polymer at mismatched EO:Li ratios (PEO's are at 16.7 and 25)
            new Refusal("material Odd : polymer based on PEO {\n    vft reference temperature at 16.7 = 178 K\n"
                    + "    vft reference temperature at 20 = 180 K\n}\n"
                    + cell(LCO, PEO.replace("polymer PEO", "polymer Odd"), "Li").replace("package t\n", "") + CYCLE + STUDY,
                    "the VFT parameters must be given at the same EO:Li ratios",
                    "the VFT parameters must be given at the same EO:Li ratios", "    vft reference temperature at 20"),
            // Composite.cleanInterface: a filler's clean interface resistance at two temperatures (LLZO gives it at 20 °C)
            new Refusal("material Hot : filler based on LLZO {\n    interfacial resistance at 25 °C = 0.2 ohm cm2\n"
                    + "    interfacial resistance at 60 °C = 0.05 ohm cm2\n}\n"
                    + cell(LCO, PEO + "\n        filler Hot { fraction 5 wt%  particle size 200 nm }", "Li")
                            .replace("package t\n", "") + CYCLE + STUDY,
                    "material Hot gives 'interfacial resistance' at several temperatures; give one and an 'interfacial"
                            + " activation energy'",
                    "material Hot gives 'interfacial resistance' at several temperatures; give one and an 'interfacial"
                            + " activation energy'", "    interfacial resistance at 60 °C"),
            // ProtocolWalk.repeat: a Li|Li repeat of impedance measurements only takes no time
            new Refusal(cell("Li", PEO, "Li") + "protocol P {\n    temperature 60 °C\n    repeat 3 {\n"
                    + "        impedance from 1 MHz to 0.1 Hz\n    }\n}\n" + STUDY,
                    "a repetition of the repeat block takes no time", "a repetition of the repeat block takes no time",
                    "    repeat 3 {"),
            // StaticCellRunner.execute: a working electrode that stores no lithium
            new Refusal(cell("SS", PEO, "Li") + CYCLE + STUDY, "which stores no lithium", "which stores no lithium",
                    "    cell X\n"));

    private static int line(String text, String piece) {
        int at = text.indexOf(piece);
        assertTrue(at >= 0, piece);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theCheckerReportsEachRefusalWhereItIsWritten() throws IOException {
        for (Refusal r : REFUSALS) {
            CellWorkspace ws = new CellWorkspace();
            Resource res = ws.load("refused.cell", r.text());
            ws.resolveAll();
            List<Problem> errors = ws.validate(res, "refused.cell", CancelIndicator.NullImpl).stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            assertEquals(1, errors.size(), r.engine() + ": " + errors);
            Problem p = errors.get(0);
            assertTrue(p.message().contains(r.checker()), p.format());
            assertEquals(line(r.text(), r.at()), p.line(), r.engine() + ": " + p.format());
        }
    }

    @Test
    void theEngineRefusesEachWithItsMessage() throws IOException {
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), "test");
        for (Refusal r : REFUSALS) {
            CellWorkspace ws = new CellWorkspace();
            Resource res = ws.load("refused.cell", r.text());
            ws.resolveAll();
            Document d = (Document) res.getContents().get(0);
            Cell cell = d.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast).findFirst()
                    .orElseThrow();
            Study study = d.getElements().stream().filter(Study.class::isInstance).map(Study.class::cast).findFirst()
                    .orElseThrow();
            RunResult result = runner.run(study, cell, "0", () -> false);
            assertEquals(RunStatus.FAILED, result.getStatus(), r.engine());
            assertTrue(result.getStopReason().contains(r.engine()), result.getStopReason());
        }
    }
}
