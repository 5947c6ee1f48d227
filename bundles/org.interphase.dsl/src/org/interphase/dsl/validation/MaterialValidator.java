package org.interphase.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.interphase.model.Material;
import org.interphase.model.ModelPackage;
import org.interphase.model.Parameter;
import org.interphase.model.Quantity;
import org.interphase.model.parameters.MaterialParameters;
import org.interphase.model.parameters.Materials;
import org.interphase.model.parameters.ParameterSpec;

/**
 * Material declarations: known parameter names with values of the right dimension, conditions
 * where a parameter takes one, values inside their stated range, no parameter twice, and no
 * circular 'based on'.
 */
public class MaterialValidator extends TopicValidator {

    @Check
    public void checkBasedOn(Material material) {
        Set<Material> seen = new HashSet<>();
        for (Material m = material; m != null && !m.eIsProxy(); m = m.getBasedOn()) {
            if (!seen.add(m)) {
                error(named("material", material.getName()) + " is based on itself (through '" + shown(m.getName()) + "')",
                        material, ModelPackage.Literals.MATERIAL__BASED_ON, IssueCodes.BASED_ON_CYCLE);
                return;
            }
        }
    }

    @Check
    public void checkParameter(Parameter parameter) {
        if (!(parameter.eContainer() instanceof Material material)) {
            return; // mechanism settings: checked against the mechanism's declaration once mechanisms exist
        }
        Optional<ParameterSpec> found = MaterialParameters.get(parameter.getName());
        if (found.isEmpty()) {
            warning("unknown material parameter '" + shown(parameter.getName()) + "' (no built-in mechanism reads it)"
                    + Suggestions.didYouMean(parameter.getName(),
                            MaterialParameters.all().stream().map(ParameterSpec::name).toList()),
                    parameter, ModelPackage.Literals.PARAMETER__NAME, IssueCodes.UNKNOWN_PARAMETER);
            return;
        }
        ParameterSpec spec = found.get();
        if (!material.getRoles().isEmpty() && !spec.appliesTo(effectiveRoles(material))) {
            warning("'" + spec.name() + "' is a parameter of " + spec.roles().stream().map(r -> r.getLiteral())
                    .sorted().toList() + " materials; " + material.getName() + " is " + material.getRoles(),
                    parameter, ModelPackage.Literals.PARAMETER__NAME, IssueCodes.PARAMETER_NOT_FOR_ROLE);
        }
        checkDimension(parameter.getValue(), spec.dimensions(), spec.name());
        checkDimension(parameter.getMin(), spec.dimensions(), "the lower end of the range of " + spec.name());
        checkDimension(parameter.getMax(), spec.dimensions(), "the upper end of the range of " + spec.name());
        Quantity condition = parameter.getCondition();
        if (condition != null) {
            if (spec.conditionDimension() == null) {
                error("'" + spec.name() + "' takes no 'at' condition", condition, null, IssueCodes.WRONG_DIMENSION);
            } else {
                checkDimension(condition, List.of(spec.conditionDimension()), "the condition of " + spec.name());
            }
        }
        checkRange(parameter);
    }

    @Check
    public void checkUniqueParameters(Material material) {
        Set<String> seen = new HashSet<>();
        for (Parameter p : material.getParameters()) {
            String key = p.getName() + (p.getCondition() == null ? "" : " at " + p.getCondition().getSi());
            if (!seen.add(key)) {
                error("'" + shown(p.getName()) + "'" + (p.getCondition() == null ? "" : " at "
                        + Dimensions.shown(p.getCondition())) + " is given twice", p,
                        ModelPackage.Literals.PARAMETER__NAME, IssueCodes.DUPLICATE_PARAMETER);
            }
        }
    }

    /**
     * An engine refusal said first (EngineRefusalValidator's rule, kept here for its size): Composite's clean
     * filler interface takes one 'interfacial resistance', carried to other temperatures by the 'interfacial
     * activation energy', and refuses a material that gives it at several temperatures, with this reason.
     */
    @Check
    public void checkOneInterfacialResistance(Material material) {
        Parameter at = severalInterfacialResistances(material);
        if (at != null) {
            error("material " + shown(material.getName()) + " gives 'interfacial resistance' at several temperatures;"
                    + " give one and an 'interfacial activation energy'", at, null, IssueCodes.ENGINE_REFUSES);
        }
    }

    /** The material's own second 'interfacial resistance at T' (in temperature order) when it gives several, else null. */
    static Parameter severalInterfacialResistances(Material material) {
        List<Parameter> curve = Materials.curve(material, "interfacial resistance");
        return curve.size() > 1 && curve.get(1).eContainer() == material ? curve.get(1) : null;
    }

    private void checkRange(Parameter p) {
        Quantity v = p.getValue();
        Quantity min = p.getMin();
        Quantity max = p.getMax();
        if (v == null || min == null || max == null || !java.util.Objects.equals(Dimensions.of(v), Dimensions.of(min))
                || !java.util.Objects.equals(Dimensions.of(v), Dimensions.of(max))) {
            return; // a range of another kind is reported by the dimension check
        }
        if (min.getSi() > max.getSi()) {
            error("range of '" + shown(p.getName()) + "' runs backwards (" + Dimensions.shown(min) + " to "
                    + Dimensions.shown(max) + ")", min, null, IssueCodes.OUTSIDE_RANGE);
        } else if (v.getSi() < min.getSi() || v.getSi() > max.getSi()) {
            warning("'" + shown(p.getName()) + "' = " + Dimensions.shown(v) + " lies outside its stated range "
                    + Dimensions.shown(min) + " to " + Dimensions.shown(max), v, null, IssueCodes.OUTSIDE_RANGE);
        }
    }

    private void checkDimension(Quantity q, List<String> dimensions, String what) {
        if (q != null) {
            Dimensions.problem(q, dimensions, what).ifPresent(
                    m -> error(m, q, null, IssueCodes.WRONG_DIMENSION, dimensions.toArray(String[]::new)));
        }
    }

    /** The roles of a material and of what it is based on. */
    static Set<org.interphase.model.MaterialRole> effectiveRoles(Material material) {
        Set<org.interphase.model.MaterialRole> roles = new HashSet<>();
        Set<Material> seen = new HashSet<>();
        for (Material m = material; m != null && !m.eIsProxy() && seen.add(m); m = m.getBasedOn()) {
            roles.addAll(m.getRoles());
        }
        return roles;
    }
}
