package org.interphase.solver.cell;

import org.interphase.model.Electrolyte;
import org.interphase.model.Salt;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;

/**
 * How much salt a film holds, from the way its salts are written: the salt concentration c0 (mol/m3) and the
 * EO units per Li+ the polymer holds. The salt's own volume counts whichever way the amount is written (issue 12
 * item 1), ideal mixing:
 * <ul>
 * <li>EO:Li r: per mole of Li+, r EO units (r x 44.053 g/mol over the polymer's density), the salt itself (molar
 * mass over density; the share held by solvent ether oxygens at its solvated molar volume, {@link Solvation#saltVolume})
 * and each solvent (DME:Li n: n molar masses over the solvent's density; a solvent given as a fraction counted per Li
 * by {@link Solvation#perLi}): c0 = 1 / V. Several salts given as EO:Li together, per mole of their Li+
 * ({@link SaltRatios}).</li>
 * <li>a molality b (mol per kg of polymer): the same count with 1 / (b x 44.053 g/mol) EO units per Li+ (1 kg of
 * polymer holds 1/0.044053 mol of EO units), so c0 = 1 / (1/(b rho_p) + V_salt + V_solvents). Until 2026-12-07 it
 * was b x rho_p, the salt's volume not counted (2 mol/kg of LiTFSI in PDOL 2.2 mol/L instead of 1.5).</li>
 * <li>a molarity (mol/L): already per volume of the whole film, taken as given.</li>
 * </ul>
 * Salts given per polymer (EO:Li and molality) count together, per mole of their Li+; a molarity adds to them.
 */
final class SaltAmount {

    private SaltAmount() {
    }

    /** Whether a salt's amount is a molality (mol per kg of polymer). */
    static boolean molality(Salt salt) {
        return salt.getRatio() == null && salt.getConcentration() != null && Units.dimensionOf(salt.getConcentration()
                .getUnit()).filter(d -> d.equals(Dimension.named("molality").orElseThrow())).isPresent();
    }

    /** Whether a salt's amount is a molarity (mol per volume of the film). */
    static boolean molarity(Salt salt) {
        return salt.getRatio() == null && salt.getConcentration() != null && !molality(salt);
    }

    /**
     * EO units per Li+ of the salts given per polymer together: 1/r = sum 1/r_i over the EO:Li salts + 44.053 g/mol x
     * sum b_j over the molalities; the EO:Li salts' own ratio ({@link SaltRatios#eoPerLi}) when no salt is given as a
     * molality; NaN when no salt is given per polymer.
     */
    static double perPolymer(Electrolyte electrolyte) {
        double ratio = SaltRatios.eoPerLi(electrolyte);
        double molal = 0;
        for (Salt salt : electrolyte.getSalts()) {
            if (molality(salt)) {
                molal += salt.getConcentration().getSi();
            }
        }
        if (!(molal > 0)) {
            return ratio;
        }
        return 1 / ((Double.isNaN(ratio) ? 0 : 1 / ratio) + PolymerElectrolyte.EO_MOLAR_MASS * molal);
    }

    /** The share of the Li+ of the salts given per polymer that one of them brings (0 for a molarity). */
    static double perPolymerShare(Electrolyte electrolyte, Salt salt) {
        double r = perPolymer(electrolyte);
        if (salt.getRatio() != null && "EO".equals(salt.getRatio().getSpecies())) {
            return r / salt.getRatio().getValue();
        }
        return molality(salt) ? r * PolymerElectrolyte.EO_MOLAR_MASS * salt.getConcentration().getSi() : 0;
    }

    /** Salt concentration, mol/m3 (class comment). */
    static double concentration(Electrolyte electrolyte, double polymerDensity) {
        double[] perLi = Solvation.perLi(electrolyte);
        double solventVolumePerLi = Solvation.volumePerLi(electrolyte, perLi);
        double total = 0;
        boolean perPolymerSalts = false;
        for (Salt salt : electrolyte.getSalts()) {
            if (salt.getRatio() != null) {
                if (!"EO".equals(salt.getRatio().getSpecies())) {
                    throw new CellModelException("a salt ratio " + salt.getRatio().getSpecies()
                            + ":Li cannot be turned into a concentration; give EO:Li or 'concentration'");
                }
                perPolymerSalts = true;
            } else if (salt.getConcentration() != null) {
                SaltRatios.beyondPureSalt(electrolyte, salt).ifPresent(m -> {
                    throw new CellModelException(m);
                });
                if (molality(salt)) {
                    perPolymerSalts = true;
                } else {
                    total += salt.getConcentration().getSi(); // a molarity is already mol/m3 of the film
                }
            }
        }
        if (perPolymerSalts) {
            // per mole of Li+ of the salts given per polymer, together: r EO units, the salts' mean (solvated)
            // volume and the solvents
            double r = perPolymer(electrolyte);
            double salts = 0;
            for (Salt salt : electrolyte.getSalts()) {
                double share = perPolymerShare(electrolyte, salt);
                if (share > 0) {
                    salts += share * Solvation.saltVolume(electrolyte, new MaterialData(salt.getMaterial()), r, perLi);
                }
            }
            total += 1 / (r * PolymerElectrolyte.EO_MOLAR_MASS / polymerDensity + salts + solventVolumePerLi);
        }
        if (!(total > 0)) {
            throw new CellModelException("the electrolyte has no salt amount (ratio EO:Li or concentration)");
        }
        return total;
    }

    /**
     * EO units per Li+ in the film of concentration c0: the salts given per polymer's ({@link #perPolymer}); with
     * molarities only, the polymer's volume per Li+ (1/c0 less the salts' crystal volumes and the solvents') over the
     * volume of an EO unit. Until 2026-12-07 the salts' and solvents' volumes were not subtracted.
     */
    static double eoPerLi(Electrolyte electrolyte, double polymerDensity, double c0) {
        double r = perPolymer(electrolyte);
        if (!Double.isNaN(r)) {
            return r;
        }
        double volume = 1 / c0;
        for (Salt salt : electrolyte.getSalts()) {
            if (molarity(salt)) {
                volume -= salt.getConcentration().getSi() / c0 * SaltRatios.molarVolume(salt);
            }
        }
        volume -= Solvation.volumePerLi(electrolyte, Solvation.perLi(electrolyte));
        if (!(volume > 0)) {
            throw new CellModelException(String.format(java.util.Locale.ROOT, "the salt concentration %.3g mol/L leaves"
                    + " no volume for the polymer beside the salts' and solvents' own", c0 / 1000));
        }
        return volume * polymerDensity / PolymerElectrolyte.EO_MOLAR_MASS;
    }

    /**
     * The mean molar volume of the film's salts per mole of Li+, m3/mol: each salt's crystal volume
     * ({@link SaltRatios#molarVolume}) weighted by its share of the film's Li+ (c0, mol/m3), however it is written.
     */
    static double meanMolarVolume(Electrolyte electrolyte, double c0) {
        double molarities = 0;
        for (Salt salt : electrolyte.getSalts()) {
            if (molarity(salt)) {
                molarities += salt.getConcentration().getSi();
            }
        }
        double perPolymer = (c0 - molarities) / c0; // the share of the Li+ the salts given per polymer bring
        double mean = 0;
        for (Salt salt : electrolyte.getSalts()) {
            double share = molarity(salt) ? salt.getConcentration().getSi() / c0
                    : perPolymer * perPolymerShare(electrolyte, salt);
            mean += share * SaltRatios.molarVolume(salt);
        }
        return mean;
    }
}
