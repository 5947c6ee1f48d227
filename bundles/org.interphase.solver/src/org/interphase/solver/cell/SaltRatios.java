package org.interphase.solver.cell;

import java.util.function.ToDoubleFunction;

import org.interphase.model.Electrolyte;
import org.interphase.model.Ratio;
import org.interphase.model.Salt;

/**
 * The salts of an electrolyte given as EO:Li, all of them: salt i brings 1/r_i moles of Li+ per mole of EO
 * units, so together the polymer holds r = 1 / sum(1/r_i) EO units per Li+, and of each mole of Li+ the share
 * x_i = r / r_i comes from salt i. One salt: its ratio as written, x = 1. The one reading of a salt mixture
 * for the conductivity law, the salt concentration, the solvents counted per Li and the oxidation's ether
 * coordination.
 */
public final class SaltRatios {

    private SaltRatios() {
    }

    private static boolean perEo(Salt salt) {
        Ratio r = salt.getRatio();
        return r != null && "EO".equals(r.getSpecies());
    }

    /** EO units per Li+ over every salt given as EO:Li; NaN when none is. */
    public static double eoPerLi(Electrolyte electrolyte) {
        double inverse = 0;
        double single = Double.NaN;
        int n = 0;
        for (Salt salt : electrolyte.getSalts()) {
            if (perEo(salt)) {
                single = salt.getRatio().getValue();
                inverse += 1 / single;
                n++;
            }
        }
        return n <= 1 ? single : 1 / inverse;
    }

    /**
     * The mean per mole of Li+ of a per-mole quantity of the salts given as EO:Li, sum x_i q_i with
     * x_i = r / r_i ({@link #eoPerLi}); 0 when no salt is given as EO:Li.
     */
    static double perLiMean(Electrolyte electrolyte, ToDoubleFunction<Salt> perMole) {
        double ratio = eoPerLi(electrolyte);
        double mean = 0;
        for (Salt salt : electrolyte.getSalts()) {
            if (perEo(salt)) {
                mean += ratio / salt.getRatio().getValue() * perMole.applyAsDouble(salt);
            }
        }
        return mean;
    }

    /** The molar volume of a salt's crystal, m3/mol (molar mass over density). */
    static double molarVolume(Salt salt) {
        MaterialData m = new MaterialData(salt.getMaterial());
        return m.require("molar mass") / m.require("density");
    }
}
