package org.interphase.solver.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.Cell;
import org.interphase.model.ModelFactory;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.TemperatureStep;
import org.interphase.model.Variation;
import org.interphase.model.paths.CellPaths;
import org.interphase.model.results.RunResult;
import org.interphase.solver.cell.CellModelException;

/**
 * Runs a sweep: its study at every point of the grid its variations span (a range 'from a to b in n
 * steps' is n evenly spaced values, both ends included; a list is its values). At each point the
 * study's cells and protocol are copies with the varied values set, so the model itself is never
 * changed.
 */
public final class SweepRunner {

    /**
     * One run of the sweep.
     *
     * @param values the varied values at this point, as written (one per variation)
     * @param result the run of one cell of the study at this point
     */
    public record PointResult(List<Quantity> values, RunResult result) {
    }

    private final StudyRunner studies;

    public SweepRunner(StudyRunner studies) {
        this.studies = studies;
    }

    /** The grid: every combination of the variations' values, first variation slowest. */
    public static List<List<Quantity>> grid(Sweep sweep) {
        List<List<Quantity>> points = new ArrayList<>();
        points.add(List.of());
        for (Variation v : sweep.getVariations()) {
            List<List<Quantity>> next = new ArrayList<>();
            for (List<Quantity> p : points) {
                for (Quantity q : values(v)) {
                    List<Quantity> extended = new ArrayList<>(p);
                    extended.add(q);
                    next.add(extended);
                }
            }
            points = next;
        }
        return points;
    }

    static List<Quantity> values(Variation v) {
        if (v.getFrom() == null) {
            return List.copyOf(v.getValues());
        }
        List<Quantity> values = new ArrayList<>();
        int n = Math.max(2, v.getSteps());
        for (int k = 0; k < n; k++) {
            Quantity q = ModelFactory.eINSTANCE.createQuantity();
            q.setUnit(v.getFrom().getUnit());
            q.setValue(v.getFrom().getMagnitude() + (v.getTo().getMagnitude() - v.getFrom().getMagnitude()) * k / (n - 1));
            values.add(q);
        }
        return values;
    }

    /** The runs of one point: every cell of the sweep's study with the point's values applied. */
    public List<PointResult> runPoint(Sweep sweep, List<Quantity> point, String inputSha256, BooleanSupplier cancelled) {
        Study study = sweep.getStudy();
        Protocol protocol = EcoreUtil.copy(study.getProtocol());
        List<Cell> cells = new ArrayList<>();
        for (Cell c : study.getCells()) {
            cells.add(EcoreUtil.copy(c));
        }
        for (int i = 0; i < point.size(); i++) {
            Variation v = sweep.getVariations().get(i);
            if (v.isTemperature()) {
                setTemperature(protocol, point.get(i));
            } else {
                int index = study.getCells().indexOf(v.getCell());
                if (index < 0) {
                    throw new CellModelException("cell " + v.getCell().getName() + " is not in study " + study.getName());
                }
                set(cells.get(index), v.getPath(), point.get(i));
            }
        }
        Study copy = EcoreUtil.copy(study);
        copy.getCells().clear();
        copy.getCells().addAll(cells);
        copy.setProtocol(protocol);
        List<PointResult> results = new ArrayList<>();
        for (Cell c : cells) {
            results.add(new PointResult(point, studies.run(copy, c, inputSha256, cancelled)));
        }
        return results;
    }

    private static void setTemperature(Protocol protocol, Quantity value) {
        boolean found = false;
        for (var it = protocol.eAllContents(); it.hasNext();) {
            if (it.next() instanceof TemperatureStep t) {
                t.setTemperature(EcoreUtil.copy(value));
                found = true;
            }
        }
        if (!found) {
            TemperatureStep t = ModelFactory.eINSTANCE.createTemperatureStep();
            t.setTemperature(EcoreUtil.copy(value));
            protocol.getSteps().add(0, t);
        }
    }

    private static void set(Cell cell, List<String> path, Quantity value) {
        CellPaths.Resolution r = CellPaths.resolve(cell, path);
        if (!r.ok()) {
            throw new CellModelException(r.failure().message());
        }
        EObject owner = r.target().owner();
        if (r.target().feature() instanceof org.eclipse.emf.ecore.EReference) {
            owner.eSet(r.target().feature(), EcoreUtil.copy(value));
        } else {
            owner.eSet(r.target().feature(), value.getSi());
        }
    }
}
