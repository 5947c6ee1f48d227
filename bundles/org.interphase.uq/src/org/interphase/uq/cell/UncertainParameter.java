package org.interphase.uq.cell;

import org.interphase.model.Material;
import org.interphase.model.Parameter;
import org.interphase.model.units.Units;
import org.interphase.uq.Factor;

/**
 * A parameter of a cell's run that has a literature range: a material value with {@code range a to
 * b} in the library, or a mechanism parameter whose contribution declares {@code range="a to b"}.
 *
 * @param label     how reports name it: {@code LCO.catalytic activity},
 *                  {@code LCO.specific capacity at 4.2 V}, {@code polymer_oxidation.carbon black activity}
 * @param factor    the range in SI, with the sampling rule of {@link Factor}
 * @param unit      the unit values are shown and written in (the value's, as declared)
 * @param nominal   the declared value, SI
 * @param parameter the material's parameter as declared (null for a mechanism parameter)
 * @param mechanism the mechanism id (null for a material value)
 * @param name      the parameter's name (the mechanism parameter's, or the material parameter's)
 * @param ratio     null, or the declared ratio through which it is sampled (its value is the ratio
 *                  times another sampled parameter, still inside {@code factor}; {@link SampledRatio})
 */
public record UncertainParameter(String label, Factor factor, String unit, double nominal, Parameter parameter,
        String mechanism, String name, SampledRatio ratio) {

    /** A parameter sampled over its own range. */
    public UncertainParameter(String label, Factor factor, String unit, double nominal, Parameter parameter,
            String mechanism, String name) {
        this(label, factor, unit, nominal, parameter, mechanism, name, null);
    }

    /** How it is sampled, for reports: its own range, or the ratio that sets it. */
    public String sampledAs() {
        if (ratio == null) {
            return factor.log() ? "log" : "linear";
        }
        return "ratio to " + ratio.per() + ", " + ratio.ratio().min() + " to " + ratio.ratio().max()
                + (ratio.ratio().log() ? " (log)" : " (linear)") + "; " + ratio.source();
    }

    /** True for a material value, false for a mechanism parameter. */
    public boolean material() {
        return parameter != null;
    }

    /** The material that declares the value (null for a mechanism parameter). */
    public Material declaringMaterial() {
        return parameter == null ? null : (Material) parameter.eContainer();
    }

    /** An SI value in the parameter's unit. */
    public double display(double si) {
        return unit == null || unit.isEmpty() ? si : Units.parse(unit).map(u -> u.fromSI(si)).orElse(si);
    }
}
