package org.interphase.solver.api;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.interphase.model.CellInterface;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Material;
import org.interphase.model.Parameter;
import org.interphase.model.parameters.Materials;
import org.interphase.solver.cell.Cathode;
import org.interphase.solver.cell.LithiumAnode;
import org.interphase.solver.cell.PolymerElectrolyte;

/**
 * What a mechanism may read about the cell around an interface, computed the way the engine computes
 * it: the electrolyte and cathode views, the lithium anode's interlayer and contact, and the values
 * of material parameters from the library (own or inherited through {@code based on}), all in SI
 * units. Call these in {@link Mechanism#create}, not in every {@link InterfaceProcess#evaluate}.
 *
 * <p>A property the cell lacks (an electrolyte without thickness, a cathode without loading) is a
 * {@link RuntimeException} whose message names what is missing; the run that asked for it fails
 * with that message.
 *
 * @since 1.0
 */
public final class CellProperties {

    private CellProperties() {
    }

    /**
     * The electrolyte at an interface. During a run the view shares the polymer's phase with the
     * engine's own film: its crystallinity, and what depends on it (conductivity, diffusivity, limiting
     * current, shear modulus), is the film's at the moment of each evaluation (since 1.2); outside a run
     * it is a fresh, amorphous film.
     *
     * @param where an interface of the cell (any kind)
     * @return the view of its electrolyte
     * @throws RuntimeException if the interface has no electrolyte or it lacks polymer, salt or thickness
     */
    public static ElectrolyteView electrolyte(CellInterface where) {
        if (where.getElectrolyte() == null) {
            throw new IllegalArgumentException("the " + where.getName() + " interface has no electrolyte");
        }
        return PolymerElectrolyte.of(where.getElectrolyte());
    }

    /**
     * The cathode at a cathode/electrolyte interface.
     *
     * @param where a cathode/electrolyte interface whose electrode stores lithium
     * @return the view of its cathode
     * @throws RuntimeException if the electrode is missing or lacks loading, capacity or OCV curve
     */
    public static CathodeView cathode(CellInterface where) {
        if (where.getElectrode() == null) {
            throw new IllegalArgumentException("the " + where.getName() + " interface has no electrode");
        }
        return Cathode.of(where.getElectrode());
    }

    /**
     * @param electrode an electrode of the cell, may be null
     * @return whether it is lithium metal (its material has the anode role)
     */
    public static boolean isLithium(Electrode electrode) {
        return LithiumAnode.isLithium(electrode);
    }

    /**
     * @param electrode an electrode of the cell
     * @return thickness of its interlayer (Mg3N2 on lithium, ...), m; 0 without one
     */
    public static double interlayerThickness(Electrode electrode) {
        return LithiumAnode.interlayerThickness(electrode);
    }

    /**
     * @param electrode a lithium electrode of the cell
     * @return its exchange current density, A/m2, as a function of the temperature, K (the engine's
     *         Arrhenius law)
     * @since 1.1
     */
    public static DoubleUnaryOperator lithiumExchangeCurrent(Electrode electrode) {
        return LithiumAnode.of(electrode)::exchangeCurrent;
    }

    /**
     * @param electrolyte the electrolyte of the cell, may be null
     * @return the fraction of an electrode surface that touches the polymer: a scaffold's fibres take
     *         the rest (its material's "contact area factor"); 1 without a scaffold
     */
    public static double contactFraction(Electrolyte electrolyte) {
        return LithiumAnode.contactFraction(electrolyte);
    }

    /**
     * @param electrolyte the electrolyte of the cell
     * @return moles of each of its solvents per mole of Li+, in the order of its solvents (a ratio per Li as
     *         given, a fraction counted against what comes with one mole of salt; 0 without an amount)
     * @throws RuntimeException if a fraction cannot be counted (no salt amount, mol%, fractions of 100 %)
     * @since 1.1
     */
    public static double[] solventsPerLi(Electrolyte electrolyte) {
        return org.interphase.solver.cell.Solvation.perLi(electrolyte);
    }

    /**
     * @param electrolyte the electrolyte of the cell
     * @return EO units per Li+ over every salt given as EO:Li, 1 / sum(1/r_i) (one salt: its ratio as
     *         written); NaN when no salt is given as EO:Li
     * @since 1.5
     */
    public static double eoPerLi(Electrolyte electrolyte) {
        return org.interphase.solver.cell.SaltRatios.eoPerLi(electrolyte);
    }

    /**
     * @param electrolyte the electrolyte of the cell
     * @return each salt's share of the electrolyte's Li+, and so of its anions, in the order of its salts (molar
     *         shares adding up to 1: EO:Li salts by x_i = r / r_i, salts given as concentrations by theirs)
     * @since 1.6
     */
    public static double[] saltShares(Electrolyte electrolyte) {
        return org.interphase.solver.cell.SaltRatios.shares(electrolyte);
    }

    /**
     * A salt property of a salt mixture, as each anion's share of the anions weighs it: sum x_i v_i over the salts,
     * x_i their {@link #saltShares}, v_i the salt's library value, {@code otherwise} for a salt that gives none;
     * with {@code otherwise} NaN, the mean over the salts that give one (their shares renormalised).
     *
     * @return the mean, SI units; empty when no salt gives the property
     * @since 1.6
     */
    public static Optional<Double> saltMean(Electrolyte electrolyte, String name, double otherwise) {
        double[] share = saltShares(electrolyte);
        double sum = 0;
        double weight = 0;
        boolean any = false;
        for (int i = 0; i < share.length; i++) {
            Optional<Double> v = value(electrolyte.getSalts().get(i).getMaterial(), name);
            any |= v.isPresent();
            if (v.isPresent() || !Double.isNaN(otherwise)) {
                sum += share[i] * v.orElse(otherwise);
                weight += share[i];
            }
        }
        return any && weight > 0 ? Optional.of(sum / weight) : Optional.empty();
    }

    /**
     * The SI value of a material parameter, the material's own or inherited through {@code based on}.
     *
     * @param material a material of the cell or the library
     * @param name     the parameter's name as written in the library ({@code polymer reactivity})
     * @return the value in SI units, empty if the material has no such parameter (or is unresolved)
     */
    public static Optional<Double> value(Material material, String name) {
        if (material == null || material.eIsProxy()) {
            return Optional.empty();
        }
        return Materials.find(material, name).map(p -> p.getValue().getSi());
    }

    /**
     * The points of a material parameter written with {@code at} (a curve such as the OCV or the
     * volume change against delithiation), sorted by condition.
     *
     * @param material a material of the cell or the library
     * @param name     the parameter's name
     * @return {conditions, values}, both SI, two arrays of equal length (empty without such points)
     */
    public static double[][] curve(Material material, String name) {
        List<Parameter> points = material == null || material.eIsProxy() ? List.of() : Materials.curve(material, name);
        double[][] xy = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            xy[0][i] = points.get(i).getCondition().getSi();
            xy[1][i] = points.get(i).getValue().getSi();
        }
        return xy;
    }

    /**
     * A curve's value between its points: linear between neighbouring points, the first value
     * before the first point and the last after the last.
     *
     * @param x the conditions, ascending (as {@link #curve} gives them), at least one
     * @param y the values at them
     * @param v where to read the curve
     * @return the value at {@code v}
     * @since 1.3
     */
    public static double interpolate(double[] x, double[] y, double v) {
        if (v <= x[0]) {
            return y[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (v <= x[i]) {
                return y[i - 1] + (y[i] - y[i - 1]) * (v - x[i - 1]) / (x[i] - x[i - 1]);
            }
        }
        return y[x.length - 1];
    }
}
