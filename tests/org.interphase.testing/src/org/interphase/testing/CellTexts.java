package org.interphase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.Document;
import org.interphase.model.InterfaceKind;
import org.interphase.model.Protocol;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.ProtocolRunner;
import org.interphase.solver.study.StudyRunner;

/**
 * Cells for engine and mechanism tests, written in the cell language: a text loaded and resolved against the
 * material library, its elements, the mechanisms it runs with, and a run of it, the way the tests of every
 * engine and mechanism bundle set a cell up.
 */
public final class CellTexts {

    private CellTexts() {
    }

    /** The text's document, its references resolved (not checked: a test may write what the checker refuses). */
    public static Document load(String text) {
        return (Document) resolved(new CellWorkspace(), text).getContents().get(0);
    }

    /** The text's document, resolved and checked: a text with an error is refused. */
    public static Document checked(String text) {
        CellWorkspace ws = new CellWorkspace();
        Resource r = resolved(ws, text);
        List<Problem> errors = ws.validate(r, "x.cell", CancelIndicator.NullImpl).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("test document has errors: " + errors);
        }
        return (Document) r.getContents().get(0);
    }

    private static Resource resolved(CellWorkspace ws, String text) {
        try {
            Resource r = ws.load("x.cell", text);
            ws.resolveAll();
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first cell of a text, resolved. */
    public static Cell cell(String text) {
        return first(load(text), Cell.class);
    }

    /**
     * A 1 cm2 cell X in package t: this cathode (its material and block, e.g. {@code LCO { loading 1.5 mAh/cm2 }})
     * in 50 um of PEO-LiTFSI at EO:Li 20, the library's PEO, against a lithium foil this thick (e.g. {@code 50 um}).
     */
    public static Cell peoCell(String cathode, String foil) {
        return cell("""
                package t
                cell X {
                    area 1 cm2
                    cathode %s
                    electrolyte {
                        polymer PEO
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness %s }
                }
                """.formatted(cathode, foil));
    }

    /** The first element of a kind (a cell, a protocol, a study) in a document. */
    public static <T> T first(Document document, Class<T> kind) {
        return document.getElements().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    /** The cell's interface of a kind (the cathode's with the electrolyte, the anode's, ...). */
    public static CellInterface side(Cell cell, InterfaceKind kind) {
        return cell.getInterfaces().stream().filter(i -> i.getKind() == kind).findFirst().orElseThrow();
    }

    /** The registered mechanisms of these ids. */
    public static List<MechanismDescriptor> mechanisms(String... ids) {
        MechanismRegistry registry = MechanismRegistry.getDefault();
        return Arrays.stream(ids).map(id -> registry.get(id).orElseThrow()).toList();
    }

    /** The mechanisms of these ids that apply to the cell, active on it with their default parameters. */
    public static List<ActiveMechanism> activate(Cell cell, String... ids) {
        return MechanismActivation.activate(cell, mechanisms(ids), Map.of());
    }

    /** Every registered mechanism, as 'mechanisms all' runs them. */
    public static List<MechanismDescriptor> allMechanisms() {
        return MechanismRegistry.getDefault().all();
    }

    /**
     * Cycles the first cell of a text through the text's first protocol ({@link ProtocolRunner}) with the
     * mechanisms of these descriptors that apply to it, their parameters overridden by mechanism id.
     */
    public static RunResult cycle(String text, List<MechanismDescriptor> mechanisms,
            Map<String, Map<String, Double>> overrides, boolean multiRate) {
        Document d = load(text);
        Cell cell = first(d, Cell.class);
        return new ProtocolRunner(cell, first(d, Protocol.class),
                MechanismActivation.activate(cell, mechanisms, overrides), () -> false, multiRate).run();
    }

    /** Runs the first study of a checked text on its first cell, with the registered mechanisms, as interphase run does. */
    public static RunResult study(String text) {
        Document d = checked(text);
        return new StudyRunner(MechanismRegistry.getDefault(), "test").run(first(d, Study.class),
                first(d, Cell.class), "0", () -> false);
    }
}
