package org.interphase.dsl.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.interphase.model.ModelPackage;
import org.interphase.model.Quantity;
import org.interphase.model.TemperatureStep;
import org.interphase.model.Variation;

/**
 * Units and values of quantities: the dimension a property expects (thickness 5 V), positive
 * sizes, fractions within 0..100 %, and properties written twice.
 */
public class QuantityValidator extends TopicValidator {

    /** Properties that must be greater than zero. */
    private static final Set<String> POSITIVE = Set.of("thickness", "area", "loading", "particleSize", "duration",
            "rate", "molarMass", "concentration", "pressure");

    /** Bounds of what the models describe (issue 4: thinner than 1 um, faster than 20 C, colder than -50 °C). */
    static final double THINNEST_ELECTROLYTE = org.interphase.solver.cell.PolymerElectrolyte.THINNEST;
    static final double FASTEST_C_RATE = 20;
    static final double COLDEST = 223.15;
    static final double HOTTEST = 423.15;

    /** Properties that are fractions (0 to 100 %). */
    private static final Set<String> FRACTIONS = Set.of("coverage", "fraction", "carbon", "porosity");

    /**
     * Whether none of this validator's errors applies to a quantity (its kind, sign, fraction range
     * and physical range): the engine refusals are only looked for in cells whose numbers are sound.
     */
    static boolean sound(Quantity q) {
        EStructuralFeature feature = q.eContainingFeature();
        List<String> expected = Dimensions.expected(feature);
        if (!Double.isFinite(q.getMagnitude()) || Dimensions.problem(q, expected, "").isPresent()) {
            return false;
        }
        if (expected.isEmpty() || q.eContainer() instanceof Variation) {
            return true;
        }
        String name = feature.getName();
        double si = q.getSi();
        return !(POSITIVE.contains(name) && !(si > 0)) && !(FRACTIONS.contains(name) && (si < 0 || si > 1))
                && PhysicalRanges.problem(q, name).isEmpty() && !tooThin(q, name);
    }

    @Check
    public void checkDimension(Quantity q) {
        EStructuralFeature feature = q.eContainingFeature();
        List<String> expected = Dimensions.expected(feature);
        Dimensions.problem(q, expected, label(feature.getName()))
                .ifPresent(m -> error(m, q, null, IssueCodes.WRONG_DIMENSION, expected.toArray(String[]::new)));
    }

    /**
     * The size of a value (not a sweep's variation) in a unit of the dimension its property takes: out of
     * its property's range (errors, {@link #checkRange}), or beyond any real cell (warnings,
     * {@link #checkPlausible}).
     */
    @Check
    public void checkSize(Quantity q) {
        EStructuralFeature feature = q.eContainingFeature();
        if (q.eContainer() instanceof Variation || !Dimensions.matches(q, Dimensions.expected(feature))) {
            return;
        }
        checkRange(q, feature.getName());
        checkPlausible(q, feature.getName());
    }

    private void checkRange(Quantity q, String name) {
        double si = q.getSi();
        if (POSITIVE.contains(name) && !(si > 0)) {
            error(label(name) + " must be positive, got " + Dimensions.shown(q), q, null, IssueCodes.NOT_POSITIVE);
        } else if (FRACTIONS.contains(name) && (si < 0 || si > 1)) {
            String hint = q.getUnit() == null || q.getUnit().isEmpty() ? " (a plain number is a fraction: write "
                    + Dimensions.shown(q) + " %)" : "";
            error(label(name) + " must be between 0 and 100 %, got " + Dimensions.shown(q) + hint, q, null,
                    IssueCodes.FRACTION_OUT_OF_RANGE);
        }
    }

    /**
     * Numbers that are not finite (1e400) or beyond any cell (thickness 1e300 um): an error with the
     * range of the property's kind ({@link PhysicalRanges}). Material and mechanism parameters are
     * only checked to be finite: their kinds are too many for one table.
     */
    @Check
    public void checkPhysical(Quantity q) {
        EStructuralFeature feature = q.eContainingFeature();
        boolean parameter = q.eContainer() instanceof org.interphase.model.Parameter;
        String what = q.eContainer() instanceof org.interphase.model.Parameter p ? "'" + shown(p.getName()) + "'"
                : label(feature.getName());
        List<String> expected = Dimensions.expected(feature);
        if (parameter || q.eContainer() instanceof Variation || expected.isEmpty() || !Dimensions.matches(q, expected)) {
            // a wrong unit is reported by checkDimension; here only whether the number is one
            if (!Double.isFinite(q.getMagnitude())) {
                error(what + " " + Dimensions.shown(q) + " is not a finite number", q, null, IssueCodes.NOT_FINITE);
            }
            return;
        }
        PhysicalRanges.problem(q, what).ifPresent(m -> error(m, q, null, IssueCodes.NOT_FINITE));
    }

    @Check
    public void checkTemperature(TemperatureStep step) {
        Quantity t = step.getTemperature();
        if (t == null || !Dimensions.matches(t, List.of("temperature"))) {
            return;
        }
        if (t.getSi() <= 0) {
            error("temperature " + Dimensions.shown(t) + " is at or below absolute zero", t, null,
                    IssueCodes.BELOW_ABSOLUTE_ZERO);
        } else if (t.getSi() < COLDEST || t.getSi() > HOTTEST) {
            warning("temperature " + Dimensions.shown(t) + " is outside what the models describe (-50 °C to 150 °C):"
                    + " polymer electrolytes do not conduct below, and decompose or flow above", t, null,
                    IssueCodes.UNPHYSICAL);
        }
    }

    /** An electrolyte thinner than the engine models ({@code PolymerElectrolyte.THINNEST}). */
    private static boolean tooThin(Quantity q, String name) {
        return q.eContainer() instanceof org.interphase.model.Electrolyte && name.equals("thickness")
                && q.getSi() > 0 && q.getSi() < THINNEST_ELECTROLYTE;
    }

    /** Sizes and rates that no real cell has: the models would answer, but not meaningfully. */
    private void checkPlausible(Quantity q, String name) {
        if (tooThin(q, name)) {
            // PolymerElectrolyte.of refuses it with the same reason (a warning until 2026-12-07: 10-100 nm films
            // ran into the time limit, their salt transport stepping at a fraction of L^2/D)
            error("an electrolyte of " + Dimensions.shown(q) + " is thinner than 1 um and is not modelled: "
                    + org.interphase.solver.cell.PolymerElectrolyte.TOO_THIN, q, null, IssueCodes.ENGINE_REFUSES);
        }
        if ("C".equals(q.getUnit()) && q.getMagnitude() > FASTEST_C_RATE) {
            warning("a rate of " + Dimensions.shown(q) + " is beyond what a polymer electrolyte can carry (above "
                    + (int) FASTEST_C_RATE + " C the cell is limited by transport within seconds)", q, null,
                    IssueCodes.UNPHYSICAL);
        }
    }

    /** The parser keeps the last of a property written twice; say so instead of losing one silently. */
    @Check
    public void checkWrittenOnce(EObject object) {
        if (object.eClass().getEPackage() != ModelPackage.eINSTANCE) {
            return;
        }
        for (EStructuralFeature f : object.eClass().getEAllStructuralFeatures()) {
            if (f.isMany() || f.isTransient() || f.isDerived()) {
                continue;
            }
            if (NodeModelUtils.findNodesForFeature(object, f).size() > 1) {
                error(label(f.getName()) + " is given more than once; write it once", object, f,
                        IssueCodes.DUPLICATE_PROPERTY);
            }
        }
    }
}
