package org.interphase.dsl.validation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.interphase.model.Additive;
import org.interphase.model.Cell;
import org.interphase.model.Coating;
import org.interphase.model.Component;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.ModelPackage;
import org.interphase.model.Polymer;
import org.interphase.model.Ratio;
import org.interphase.model.Salt;
import org.interphase.model.Scaffold;
import org.interphase.model.Solvent;

/**
 * Cell stacks: the three parts every cell needs, and each material in a slot its roles allow.
 */
public class CellValidator extends TopicValidator {

    @Check
    public void checkStack(Cell cell) {
        if (cell.getCathode() == null) {
            error(named("cell", cell.getName()) + " has no cathode (write e.g. 'cathode LCO { loading 1.5 mAh/cm2 }')",
                    cell, ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_CATHODE);
        }
        if (cell.getElectrolyte() == null) {
            error(named("cell", cell.getName()) + " has no electrolyte (write 'electrolyte { polymer PEO ... }')", cell,
                    ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_ELECTROLYTE);
        }
        if (cell.getAnode() == null) {
            error(named("cell", cell.getName()) + " has no anode (write e.g. 'anode Li { thickness 50 um }')", cell,
                    ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_ANODE);
        }
        if (cell.getArea() == null) {
            warning(named("cell", cell.getName()) + " has no area; 1 cm2 is assumed", cell,
                    ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_AREA);
        }
    }

    @Check
    public void checkElectrolyte(Electrolyte electrolyte) {
        if (electrolyte.getPolymer() == null) {
            error("the electrolyte has no polymer (write e.g. 'polymer PEO { end group methoxy }')", electrolyte,
                    null, IssueCodes.MISSING_POLYMER);
        }
    }

    @Check
    public void checkSalt(Salt salt) {
        if (salt.getRatio() == null && salt.getConcentration() == null) {
            warning("the salt has no amount; give 'ratio EO:Li 20' or 'concentration 1 mol/kg'", salt,
                    ModelPackage.Literals.COMPONENT__MATERIAL, IssueCodes.MISSING_SALT_AMOUNT);
        }
    }

    /**
     * A salt's EO:Li outside the range of the polymer's composition data (VFT fits and self-diffusion
     * coefficients, each given 'at' an EO:Li): the engine holds its composition laws at the nearest end of
     * the data there (the conductivity's Nernst-Einstein factor, the salt diffusivity and t+), so the
     * transport properties are an extrapolation. Electrolytes with a solvent are another class and not checked.
     */
    @Check
    public void checkCompositionInData(Salt salt) {
        Ratio ratio = salt.getRatio();
        if (ratio == null || !"EO".equals(ratio.getSpecies()) || !(ratio.getValue() > 0)
                || !(salt.eContainer() instanceof Electrolyte electrolyte) || !electrolyte.getSolvents().isEmpty()
                || electrolyte.getPolymer() == null || electrolyte.getPolymer().getMaterial() == null
                || electrolyte.getPolymer().getMaterial().eIsProxy()) {
            return;
        }
        Material polymer = electrolyte.getPolymer().getMaterial();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (String name : new String[] { "vft prefactor", "cation self diffusivity", "anion self diffusivity" }) {
            for (org.interphase.model.Parameter p : org.interphase.model.parameters.Materials.curve(polymer, name)) {
                double r = p.getCondition().getSi();
                low = Math.min(low, r);
                high = Math.max(high, r);
            }
        }
        double value = ratio.getValue();
        if (low < high && (value < low || value > high)) {
            warning("EO:Li " + Dimensions.trim(value) + " lies outside the EO:Li range of " + polymer.getName()
                    + "'s conductivity and self-diffusion data (" + Dimensions.trim(low) + " to " + Dimensions.trim(high)
                    + "): its transport properties are held at EO:Li " + Dimensions.trim(value < low ? low : high),
                    ratio, ModelPackage.Literals.RATIO__VALUE, IssueCodes.OUTSIDE_RANGE);
        }
    }

    @Check
    public void checkRatio(Ratio ratio) {
        String name = (ratio.getSpecies() == null ? "?" : ratio.getSpecies()) + ":"
                + (ratio.getReference() == null ? "?" : ratio.getReference());
        if (org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(ratio, ModelPackage.Literals.RATIO__VALUE)
                .stream().allMatch(n -> org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(n).isBlank())) {
            error("the " + name + " ratio needs a number (e.g. 'ratio EO:Li 20')", ratio, null,
                    IssueCodes.RATIO_NOT_POSITIVE);
        } else if (!Double.isFinite(ratio.getValue()) || ratio.getValue() > PhysicalRanges.MAX_RATIO) {
            error(name + " ratio " + Dimensions.trim(ratio.getValue()) + " is outside what any electrolyte has (up to "
                    + Dimensions.trim(PhysicalRanges.MAX_RATIO) + ")", ratio, ModelPackage.Literals.RATIO__VALUE,
                    IssueCodes.NOT_FINITE);
        } else if (!(ratio.getValue() > 0)) {
            error(name + " ratio must be positive, got " + Dimensions.trim(ratio.getValue()), ratio,
                    ModelPackage.Literals.RATIO__VALUE, IssueCodes.RATIO_NOT_POSITIVE);
        }
    }

    @Check
    public void checkRole(Component component) {
        Material material = component.getMaterial();
        if (material == null || material.eIsProxy()) {
            return; // an unknown material is reported by linking
        }
        if (material.getRoles().isEmpty()) {
            return; // the grammar requires a role: a material without one is a syntax error, reported by the parser
        }
        Set<MaterialRole> allowed = allowedRoles(component);
        if (material.getRoles().stream().noneMatch(allowed::contains)) {
            String roles = material.getRoles().stream().map(r -> r.getLiteral()).collect(Collectors.joining(", "));
            String slot = slot(component);
            error(material.getName() + " is " + Dimensions.article(roles) + " material and cannot be " + slot + " (" + slot
                    + " needs a material with role " + allowed.stream().map(MaterialRole::getLiteral)
                            .collect(Collectors.joining(" or ")) + ")",
                    component, ModelPackage.Literals.COMPONENT__MATERIAL, IssueCodes.WRONG_ROLE,
                    allowed.stream().map(MaterialRole::getLiteral).toArray(String[]::new));
        }
    }

    static Set<MaterialRole> allowedRoles(Component component) {
        boolean cathodeSlot = component.eContainingFeature() == ModelPackage.Literals.CELL__CATHODE;
        boolean surfaceSlot = component.eContainingFeature() == ModelPackage.Literals.FILLER__SURFACE;
        return switch (component) {
            // the working electrode may be lithium (Li|Li cells) or inert steel/platinum (sweeps)
            case Electrode e -> cathodeSlot ? EnumSet.of(MaterialRole.CATHODE, MaterialRole.INERT, MaterialRole.ANODE)
                    : EnumSet.of(MaterialRole.ANODE, MaterialRole.INERT);
            case Polymer p -> EnumSet.of(MaterialRole.POLYMER);
            case Salt salt -> EnumSet.of(MaterialRole.SALT);
            case Solvent solvent -> EnumSet.of(MaterialRole.SOLVENT);
            case Additive a -> EnumSet.of(MaterialRole.ADDITIVE, MaterialRole.SALT, MaterialRole.SOLVENT);
            case Filler f -> EnumSet.of(MaterialRole.FILLER);
            case Coating c -> EnumSet.of(MaterialRole.COATING);
            case Scaffold scaffold -> EnumSet.of(MaterialRole.SCAFFOLD);
            case Layer l -> surfaceSlot ? EnumSet.of(MaterialRole.SURFACE) : EnumSet.of(MaterialRole.INTERLAYER);
            default -> EnumSet.allOf(MaterialRole.class);
        };
    }

    static String slot(Component component) {
        if (component instanceof Electrode) {
            return component.eContainingFeature() == ModelPackage.Literals.CELL__CATHODE ? "the cathode" : "the anode";
        }
        if (component instanceof Layer) {
            return component.eContainingFeature() == ModelPackage.Literals.FILLER__SURFACE ? "a filler's surface layer"
                    : "an interlayer";
        }
        String name = component.eClass().getName().toLowerCase(Locale.ROOT);
        return component instanceof Polymer || component instanceof Scaffold ? "the " + name
                : ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
