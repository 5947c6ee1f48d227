package org.interphase.uq.cell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.interphase.model.Cell;
import org.interphase.model.Material;
import org.interphase.model.MechanismSettings;
import org.interphase.model.Parameter;
import org.interphase.model.Quantity;
import org.interphase.model.Study;
import org.interphase.model.parameters.Materials;
import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.ParameterRange;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.Factor;

/**
 * The parameters one cell of a study uses, split into those with a literature range (sampled) and
 * those without (kept at their value and listed, so that a report can say what was not sampled).
 * <p>
 * A cell uses the values of every material it references (electrodes, coatings, polymer, salts,
 * solvents, additives, fillers and their surface layers, scaffold, interlayers), own or inherited
 * through {@code based on}, and the parameters of the mechanisms its study runs. A material value
 * is sampled when the library gives it a {@code range a to b}; a mechanism parameter when its
 * contribution declares {@code range="a to b"} and the study does not set it (a study's
 * {@code mechanism id { name = value }} fixes it on purpose). Parameters that are not physically
 * independent are sampled through a declared ratio ({@link SampledRatio}): points of the unit cube
 * become values through {@link #values(double[])}, never through the factors alone.
 *
 * @param sampled    the parameters with a range, in a stable order (materials as the cell meets
 *                   them, then mechanisms in the study's order)
 * @param notSampled the other parameters, each as {@code label: reason}
 */
public record ParameterSpace(List<UncertainParameter> sampled, List<String> notSampled) {

    /** The factors of the sampled parameters, in order. */
    public List<Factor> factors() {
        return sampled.stream().map(UncertainParameter::factor).toList();
    }

    /** The parameter space of a cell of a study; the mechanisms are those the runner will run. */
    public static ParameterSpace of(StudyRunner runner, Study study, Cell cell) {
        List<UncertainParameter> sampled = new ArrayList<>();
        List<String> notSampled = new ArrayList<>();
        Set<Parameter> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Material m : materials(cell)) {
            for (Parameter p : Materials.effective(m)) {
                if (!seen.add(p)) {
                    continue;
                }
                Material owner = (Material) p.eContainer();
                String label = owner.getName() + "." + p.getName() + condition(p.getCondition());
                if (p.getMin() == null || p.getMax() == null || p.getValue() == null) {
                    notSampled.add(label + ": no range in the library");
                    continue;
                }
                double min = p.getMin().getSi();
                double max = p.getMax().getSi();
                if (!(min < max)) {
                    notSampled.add(label + ": empty range");
                    continue;
                }
                sampled.add(new UncertainParameter(label, Factor.of(label, min, max), p.getValue().getUnit(),
                        p.getValue().getSi(), p, null, p.getName()));
            }
        }
        List<MechanismDescriptor> mechanisms;
        try {
            mechanisms = runner.mechanisms(study, cell);
        } catch (RuntimeException e) {
            mechanisms = List.of(); // the run fails with this message; nothing of the mechanisms to sample
        }
        for (MechanismDescriptor d : mechanisms) {
            for (ParameterDeclaration decl : d.parameters()) {
                String label = d.id() + "." + decl.name();
                if (setByStudy(study, d.id(), decl.name())) {
                    notSampled.add(label + ": set by the study");
                    continue;
                }
                ParameterRange range = d.range(decl.name()).orElse(null);
                if (range == null) {
                    notSampled.add(label + ": no range declared by the mechanism");
                    continue;
                }
                sampled.add(new UncertainParameter(label, Factor.of(label, range.min(), range.max()), decl.unit(),
                        decl.defaultValue(), null, d.id(), decl.name()));
            }
        }
        return new ParameterSpace(withRatios(sampled), List.copyOf(notSampled));
    }

    /**
     * The SI values at a point of the unit cube (one coordinate per sampled parameter): each factor's
     * value, except that a parameter with a declared ratio takes the ratio at its coordinate, and
     * ratio and per parameter give both values ({@link SampledRatio#values}).
     */
    public double[] values(double[] unit) {
        if (unit.length != sampled.size()) {
            throw new IllegalArgumentException(sampled.size() + " parameters, " + unit.length + " coordinates");
        }
        double[] v = new double[unit.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = sampled.get(j).factor().value(unit[j]);
        }
        for (int j = 0; j < v.length; j++) {
            UncertainParameter p = sampled.get(j);
            if (p.ratio() != null) {
                int k = index(p.mechanism(), p.ratio().per());
                double[] both = p.ratio().values(p.factor(), sampled.get(k).factor(), unit[j], unit[k]);
                v[j] = both[0];
                v[k] = both[1];
            }
        }
        return v;
    }

    /** {@link #values} of every point. */
    public double[][] values(double[][] unit) {
        double[][] v = new double[unit.length][];
        for (int i = 0; i < unit.length; i++) {
            v[i] = values(unit[i]);
        }
        return v;
    }

    private int index(String mechanism, String name) {
        for (int k = 0; k < sampled.size(); k++) {
            if (mechanism.equals(sampled.get(k).mechanism()) && name.equals(sampled.get(k).name())) {
                return k;
            }
        }
        throw new IllegalStateException(mechanism + "." + name + " is not sampled");
    }

    /** The parameters with their declared ratios attached, where the per parameter is sampled too. */
    private static List<UncertainParameter> withRatios(List<UncertainParameter> sampled) {
        List<UncertainParameter> out = new ArrayList<>();
        for (UncertainParameter p : sampled) {
            SampledRatio r = p.material() ? null : SampledRatio.of(p.mechanism(), p.name()).orElse(null);
            UncertainParameter per = r == null ? null : sampled.stream()
                    .filter(q -> p.mechanism().equals(q.mechanism()) && r.per().equals(q.name())).findFirst().orElse(null);
            if (per == null) {
                out.add(p);
            } else {
                r.check(p.factor(), per.factor());
                out.add(new UncertainParameter(p.label(), p.factor(), p.unit(), p.nominal(), null, p.mechanism(), p.name(), r));
            }
        }
        return List.copyOf(out);
    }

    /** The materials a cell references, each followed by what it is based on, in the order met. */
    static List<Material> materials(Cell cell) {
        Set<Material> found = new LinkedHashSet<>();
        List<EObject> objects = new ArrayList<>();
        objects.add(cell);
        cell.eAllContents().forEachRemaining(objects::add);
        for (EObject o : objects) {
            for (EObject target : o.eCrossReferences()) {
                if (target instanceof Material m && !m.eIsProxy()) {
                    found.addAll(Materials.lineage(m));
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean setByStudy(Study study, String mechanism, String name) {
        for (MechanismSettings s : study.getSettings()) {
            if (s.getMechanism().equals(mechanism) && s.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static String condition(Quantity q) {
        if (q == null) {
            return "";
        }
        String unit = q.getUnit() == null || q.getUnit().isEmpty() ? "" : " " + q.getUnit();
        double v = q.getMagnitude();
        return " at " + (v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v)) + unit;
    }
}
