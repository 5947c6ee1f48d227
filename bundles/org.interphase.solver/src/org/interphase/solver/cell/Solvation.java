package org.interphase.solver.cell;

import org.interphase.model.Electrolyte;
import org.interphase.model.Ratio;
import org.interphase.model.Salt;
import org.interphase.model.Solvent;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;

/**
 * How much of each solvent comes with one mole of salt (one Li+), the one amount the salt concentration
 * ({@link SaltAmount#concentration}) and the ether coordination of the oxidation mechanism read
 * (issue 12 item 5a: solvent-coordinated, quasi-ionic-liquid electrolytes such as PEO / Li(DME)xFSI or PEO in
 * a concentrated ionic liquid).
 * <p>
 * A solvent given per Li ({@code solvent DME { ratio DME:Li 0.7 }}) is that ratio. A solvent given as a
 * fraction of the electrolyte is turned into moles per Li against the mass (wt%, %) or volume (vol%) that
 * comes with one mole of salt: the polymer's EO units (EO:Li x 44.053 g/mol, over the polymer density),
 * the salt (molar mass, over its density) and the solvents given per Li; with the salt given as a molality
 * the polymer mass is 1/b per mole; as a molarity the whole volume is 1/c and its mass is taken at the
 * polymer's density (an estimate: the mixture's density is not known). The fractions are of the whole
 * electrolyte, so w_i of it is solvent i: n_i = w_i m0 / ((1 - sum w) M_i) (with volumes for vol%).
 * Ideal mixing throughout. The basis is the first salt with an amount.
 */
public final class Solvation {

    private Solvation() {
    }

    /**
     * Moles of each solvent of the electrolyte per mole of Li+, in the order of its solvents; 0 for a
     * solvent without an amount.
     */
    public static double[] perLi(Electrolyte electrolyte) {
        var solvents = electrolyte.getSolvents();
        double[] n = new double[solvents.size()];
        double mass = Double.NaN; // kg per mol Li of polymer + salt + solvents given per Li
        double volume = Double.NaN; // m3 per mol Li of the same
        boolean anyFraction = false;
        for (int i = 0; i < n.length; i++) {
            Solvent s = solvents.get(i);
            Ratio r = s.getRatio();
            if (r != null) {
                if (r.getReference() != null && !"Li".equals(r.getReference())) {
                    throw new CellModelException("a solvent ratio " + r.getSpecies() + ":" + r.getReference()
                            + " cannot be turned into a volume; give it per Li (" + r.getSpecies() + ":Li)");
                }
                n[i] = r.getValue();
            } else if (s.getFraction() != null) {
                anyFraction = true;
            }
        }
        if (!anyFraction) {
            return n;
        }
        if (electrolyte.getPolymer() == null) {
            throw new CellModelException("the electrolyte has no polymer");
        }
        double polymerDensity = new MaterialData(electrolyte.getPolymer().getMaterial()).require("density");
        double ratio = SaltRatios.eoPerLi(electrolyte);
        if (!Double.isNaN(ratio)) {
            // the salts given as EO:Li together, per mole of their Li+
            double eo = ratio * PolymerElectrolyte.EO_MOLAR_MASS;
            mass = eo + SaltRatios.perLiMean(electrolyte, s -> new MaterialData(s.getMaterial()).require("molar mass"));
            volume = eo / polymerDensity + SaltRatios.perLiMean(electrolyte, SaltRatios::molarVolume);
        }
        for (Salt salt : electrolyte.getSalts()) {
            // without a salt given as EO:Li, the first salt given as a concentration
            if (!Double.isNaN(ratio)) {
                break;
            }
            if (salt.getConcentration() == null) {
                continue;
            }
            MaterialData m = new MaterialData(salt.getMaterial());
            double saltMass = m.require("molar mass");
            Dimension d = Units.dimensionOf(salt.getConcentration().getUnit()).orElseThrow();
            double si = salt.getConcentration().getSi();
            if (d.equals(Dimension.named("molality").orElseThrow())) {
                mass = 1 / si + saltMass;
                volume = 1 / si / polymerDensity + saltMass / m.require("density");
            } else {
                volume = 1 / si;
                mass = polymerDensity * volume;
            }
            break;
        }
        if (Double.isNaN(mass)) {
            throw new CellModelException("a solvent given as a fraction needs a salt amount (ratio EO:Li or"
                    + " concentration) to be counted per Li");
        }
        double massFractions = 0;
        double volumeFractions = 0;
        for (int i = 0; i < n.length; i++) {
            Solvent s = solvents.get(i);
            MaterialData m = new MaterialData(s.getMaterial());
            if (s.getRatio() != null) {
                mass += n[i] * m.require("molar mass");
                volume += n[i] * m.require("molar mass") / m.require("density");
            } else if (s.getFraction() != null) {
                if (isVolume(s)) {
                    volumeFractions += s.getFraction().getSi();
                } else {
                    massFractions += s.getFraction().getSi();
                }
            }
        }
        if (!(massFractions < 1) || !(volumeFractions < 1)) {
            throw new CellModelException("the solvents' fractions add up to 100 % or more: nothing is left for"
                    + " the polymer and the salt");
        }
        for (int i = 0; i < n.length; i++) {
            Solvent s = solvents.get(i);
            if (s.getRatio() == null && s.getFraction() != null) {
                MaterialData m = new MaterialData(s.getMaterial());
                double w = s.getFraction().getSi();
                n[i] = isVolume(s)
                        ? w * volume / (1 - volumeFractions) * m.require("density") / m.require("molar mass")
                        : w * mass / (1 - massFractions) / m.require("molar mass");
            }
        }
        return n;
    }

    /** The volume of the solvents that come with one mole of Li+, m3/mol, from their amounts per Li ({@link #perLi}). */
    static double volumePerLi(Electrolyte electrolyte, double[] perLi) {
        double volume = 0;
        for (int i = 0; i < perLi.length; i++) {
            if (perLi[i] > 0) {
                MaterialData m = new MaterialData(electrolyte.getSolvents().get(i).getMaterial());
                volume += perLi[i] * m.require("molar mass") / m.require("density");
            }
        }
        return volume;
    }

    /**
     * The volume one mole of a salt given as EO:Li adds to the electrolyte, m3/mol. Its crystal volume (molar mass
     * over density) where the polymer holds the Li+; where solvent ether oxygens hold it, the salt's 'solvated molar
     * volume' (its apparent molar volume in a glyme, from solution densities) when the library gives one. The share
     * held by solvents is their share of the coordinating ether oxygens, n_i x (coordinating oxygens of solvent i)
     * against EO:Li plus those, the same count as the oxidation's coordination (polymer_oxidation); linear between
     * the two measured limits (an estimate). Solvents without ether oxygens (ionic liquids, sulfolane) hold none.
     */
    static double saltVolume(Electrolyte electrolyte, MaterialData salt, double eoPerLi, double[] perLi) {
        double crystal = salt.require("molar mass") / salt.require("density");
        var solvated = salt.optional("solvated molar volume");
        if (solvated.isEmpty()) {
            return crystal;
        }
        double solventOxygens = 0;
        for (int i = 0; i < perLi.length; i++) {
            if (perLi[i] > 0) {
                solventOxygens += perLi[i] * new MaterialData(electrolyte.getSolvents().get(i).getMaterial())
                        .optional("coordinating oxygens").orElse(0.0);
            }
        }
        double held = solventOxygens > 0 ? solventOxygens / (eoPerLi + solventOxygens) : 0;
        return (1 - held) * crystal + held * solvated.get();
    }

    private static boolean isVolume(Solvent s) {
        String unit = s.getFraction().getUnit();
        if ("mol%".equals(unit)) {
            throw new CellModelException("a solvent fraction in mol% cannot be counted per Li (of what?); give it"
                    + " per Li (" + s.getMaterial().getName() + ":Li n), in wt% or in vol%");
        }
        return "vol%".equals(unit);
    }
}
