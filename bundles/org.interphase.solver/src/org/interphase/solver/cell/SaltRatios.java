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

    /**
     * Each salt's share of the electrolyte's Li+ (and so of its anions, one per Li+), in the order of its salts:
     * the salts given per polymer (EO:Li and molality) share their amount as x_i ({@link SaltAmount#perPolymerShare}:
     * r / r_i for EO:Li, r x 44.053 g/mol x b for a molality); a salt given as a molarity brings its own, beside the
     * others' together (the concentration {@link SaltAmount#concentration} counts); a salt without an amount, 0. The
     * shares add up to 1; without any amount each salt counts equally. One salt: 1.
     */
    public static double[] shares(Electrolyte electrolyte) {
        int n = electrolyte.getSalts().size();
        double[] share = new double[n];
        if (n == 1) {
            share[0] = 1;
            return share;
        }
        double molarities = 0;
        for (int i = 0; i < n; i++) {
            Salt salt = electrolyte.getSalts().get(i);
            if (SaltAmount.molarity(salt)) {
                share[i] = salt.getConcentration().getSi();
                molarities += share[i];
            }
        }
        // the salts given per polymer together: all of it when no salt is given as a molarity
        double perPolymer = Double.isNaN(SaltAmount.perPolymer(electrolyte)) ? 0 : molarities == 0 ? 1
                : SaltAmount.concentration(electrolyte, polymerDensity(electrolyte)) - molarities;
        double total = 0;
        for (int i = 0; i < n; i++) {
            Salt salt = electrolyte.getSalts().get(i);
            if (!SaltAmount.molarity(salt)) {
                share[i] = perPolymer * SaltAmount.perPolymerShare(electrolyte, salt);
            }
            total += share[i];
        }
        for (int i = 0; i < n; i++) {
            share[i] = total > 0 ? share[i] / total : 1.0 / n;
        }
        return share;
    }

    /**
     * The refusal of a salt given as a molarity that puts more of it into the film than the pure salt holds (density
     * over molar mass: LiTFSI 4.63 mol/L). A molality cannot: it counts the salt's own volume ({@link SaltAmount}), so
     * 100 mol/kg of LiTFSI is 4.47 mol/L (it was refused as 125 mol/L until 2026-12-07, the salt's volume not counted).
     * Empty when the amount is possible or the salt's library entry lacks its density or molar mass.
     */
    public static java.util.Optional<String> beyondPureSalt(Electrolyte electrolyte, Salt salt) {
        if (!SaltAmount.molarity(salt) || !(salt.getConcentration().getSi() > 0)
                || salt.getMaterial() == null || salt.getMaterial().eIsProxy()) {
            return java.util.Optional.empty();
        }
        MaterialData m = new MaterialData(salt.getMaterial());
        java.util.Optional<Double> density = m.optional("density");
        java.util.Optional<Double> molarMass = m.optional("molar mass");
        if (density.isEmpty() || molarMass.isEmpty()) {
            return java.util.Optional.empty();
        }
        double pure = density.get() / molarMass.get();
        double c = salt.getConcentration().getSi();
        return c < pure ? java.util.Optional.empty() : java.util.Optional.of(String.format(java.util.Locale.ROOT,
                "%s at this concentration is %.3g mol/L in the film, more than the pure salt holds (%.3g mol/L: its"
                        + " density over its molar mass); give the amount the film can hold",
                salt.getMaterial().getName(), c / 1000, pure / 1000));
    }

    private static double polymerDensity(Electrolyte electrolyte) {
        return new MaterialData(electrolyte.getPolymer().getMaterial()).require("density");
    }

    /** The molar volume of a salt's crystal, m3/mol (molar mass over density). */
    static double molarVolume(Salt salt) {
        MaterialData m = new MaterialData(salt.getMaterial());
        return m.require("molar mass") / m.require("density");
    }
}
