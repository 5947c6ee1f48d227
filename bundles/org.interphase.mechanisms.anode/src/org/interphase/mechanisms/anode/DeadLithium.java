package org.interphase.mechanisms.anode;

import java.util.List;
import java.util.Optional;

import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.ElectrolyteView;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * dead_lithium: lithium-side degradation driven by cycling, in proportion to the charge plated.
 * <p>
 * Each plating exposes fresh lithium that the polymer and salt reduce, and stripping leaves part of
 * the deposit electrically isolated (Fang et al., Nature 572 (2019) 511: the inactive lithium of a
 * lithium-metal anode is SEI Li+ and unreacted, isolated Li0, the metal dominating). Together they are
 * the share of the plated lithium that never comes back, 1 - CE, CE the coulombic efficiency of lithium
 * plating/stripping (the polymer's library "lithium plating loss"). While lithium plates at a current
 * density J on this surface the inactive lithium n grows as dn/dt = (1 - CE) J / F; stripping adds
 * nothing (its losses are counted in the plating that preceded it, as the Li|Cu CE counts them).
 * The lithium is lost from the inventory at the same rate.
 * <p>
 * The inactive lithium stays at the interface as a porous layer of isolated lithium and reduction
 * products whose pores the polymer fills (Chen et al., J. Mater. Chem. A 5 (2017) 11671: dead lithium
 * accumulates as a porous, tortuous layer that lengthens the ion path). Its solid volume is n V_Li
 * (V_Li = M / rho = 13.0 cm3/mol with the library's lithium; SEI products per lithium, Li2O 7.4 and LiF
 * 9.8 cm3/mol, are of the same order), so the layer is L = n V_Li / ((1 - eps) a) thick on the contacting
 * fraction a, eps its electrolyte-filled porosity. Ions cross it through the polymer in its pores, whose
 * effective conductivity is the Bruggeman effective medium of insulating inclusions,
 * sigma_eff = sigma eps^1.5 (sigma the polymer's own conductivity at the cell's temperature), so it adds
 * L / (a sigma eps^1.5) in series.
 * <p>
 * What the plating loses depends on the salt (0.2.0): the salt's own library "lithium plating loss" replaces the
 * polymer's where the salt gives one (the anion's reduction products make the SEI on the fresh deposit: LiFSI-based
 * dry SPEs exceed 95 % CE where the others stay below, Bar-Lev et al. 2024); several salts mix by their shares of
 * the anions, a salt without a value of its own counting with the polymer's (0.4.0, {@link LithiumSide#saltMean}).
 * <p>
 * Of the lithium lost, the share s ("sei share of plating loss") is SEI Li+, the rest isolated metal (Fang et al.
 * 2019: the metal dominates, s < 0.5); the SEI's anion-derived share takes salt out of the film (state salt_reduced,
 * {@link LithiumSide#saltPerSeiLithium}), which the engine's salt transport and conductivity follow (0.3.0), the
 * layer's pores included: they hold the film's electrolyte with the salt it has left, not the salt it started with
 * (0.4.0; the salt evens out across the film within L^2/D, about an hour for 50 um at 60 °C).
 * <p>
 * Not modelled: a temperature or current-density dependence of the CE (none measured for an SPE at two
 * temperatures or current densities in the sources read; a loss proportional to the deposition overpotential,
 * from the deposit size ~ 1/eta of Pei et al., Nano Lett. 17 (2017) 1132, was tried on 2026-12-07 and not
 * adopted: linear in J below 2 i0, it took 48 % of each plating at 1 mA/cm2 and emptied the foils of published
 * cells that cycle for hundreds of hours, docs/engine.md), concentration polarisation through
 * the layer (Chen et al. 2017): its steady state, the ohmic resistance over t+ ({@link #steadyStateShare}), is behind
 * the parameter 'layer concentration polarisation' (0.5.0, default 0: not adopted, the calibration cell domain-lagp-lco-200
 * and chen2024-latp-ncm811-100 leave their windows, docs/engine.md). In full cells the lithium lost leaves the anode's inventory, which the
 * engine counts (run.AnodeInventory): a finite foil runs out after Q0 / ((1 - CE) Q) cycles; in a Li|Li
 * cell it leaves the electrode it was plated onto (run.LithiumInventory, since 2026-12-07).
 */
public class DeadLithium implements Mechanism {

    /** Bruggeman exponent of insulating spheres in a conducting matrix (effective-medium theory). */
    static final double BRUGGEMAN = 1.5;

    @Override
    public boolean appliesTo(CellInterface where) {
        return LithiumSide.lithiumAgainstPolymerWith(where, "lithium plating loss")
                || LithiumSide.polymer(where).isPresent() && CellProperties.isLithium(where.getElectrode())
                        && LithiumSide.anySaltWith(where, "lithium plating loss");
    }

    /**
     * The electrolyte's loss per plating: its salts' where they give one, mixed by their shares of the anions, a
     * salt that gives none counting with the polymer's loss (left out when the polymer gives none either).
     */
    static double referenceLoss(CellInterface where) {
        Material polymer = LithiumSide.polymer(where).orElseThrow();
        Optional<Double> own = CellProperties.value(polymer, "lithium plating loss");
        return LithiumSide.saltMean(where, "lithium plating loss", own.orElse(Double.NaN)).orElseGet(own::orElseThrow);
    }

    /**
     * Area-specific resistance of a porous layer of insulating solid in a conducting electrolyte
     * (Bruggeman).
     *
     * @param solidVolume  solid volume per area, m3/m2
     * @param porosity     electrolyte-filled volume fraction of the layer
     * @param conductivity the electrolyte's conductivity, S/m
     * @return ohm m2
     */
    static double layerResistance(double solidVolume, double porosity, double conductivity) {
        double thickness = solidVolume / (1 - porosity);
        return thickness / (conductivity * Math.pow(porosity, BRUGGEMAN));
    }

    /**
     * The share of a binary electrolyte's resistance that is ohmic once its salt gradient has settled (issue 12,
     * 2026-12-08, not adopted): under a constant current the anions, which the lithium neither takes nor gives, come to
     * rest, and the salt gradient that holds them adds its diffusion and Nernst potentials to the ohmic drop, so the
     * steady current under a small voltage falls to t+ of the initial (Bruce and Vincent, J. Electroanal. Chem. 225
     * (1987) 1; Evans, Vincent and Bruce, Polymer 28 (1987) 2324; for a dilute, ideal binary salt). A layer whose pores
     * hold the electrolyte then resists as its ohmic resistance over t+.
     *
     * @param transference the Li+ transference number of the electrolyte in the pores
     * @return t+, bounded to (0.01, 1]
     */
    static double steadyStateShare(double transference) {
        return Math.max(0.01, Math.min(1, transference));
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        double loss = referenceLoss(where);
        double porosity = p.get("dead lithium porosity");
        Material lithium = where.getElectrode().getMaterial();
        double molarVolume = Physics.F / (CellProperties.value(lithium, "density").orElse(534.0)
                * CellProperties.value(lithium, "specific capacity").orElse(1.3896e7));
        double contact = CellProperties.contactFraction(where.getElectrolyte());
        ElectrolyteView electrolyte = CellProperties.electrolyte(where);
        // the salt each lost lithium reduces: its SEI share, the anion's share of that, over the electrons per anion
        double saltPerLithium = LithiumSide.saltPerSeiLithium(p) * p.get("sei share of plating loss");
        boolean polarisationFactor = p.get("layer concentration polarisation") > 0.5;
        List<StateVariable> state = LithiumSide.consumesSalt(p)
                ? List.of(new StateVariable("dead_lithium", "mol/m2", 0), new StateVariable(LithiumSide.SALT_REDUCED, "mol/m2", 0))
                : List.of(new StateVariable("dead_lithium", "mol/m2", 0));
        return InterfaceProcess.of(state, (c, y, rates, effects) -> {
            double plating = Math.max(c.currentDensity(), 0);
            rates[0] = loss * plating / Physics.F;
            effects.lithiumLoss(rates[0]);
            if (rates.length > 1) {
                rates[1] = saltPerLithium * rates[0];
            }
            double inactive = Math.max(y[0], 0);
            if (inactive > 0) {
                // its pores hold the film's electrolyte as it is now: with the salt the mechanisms reduced gone
                double sigma = electrolyte.polymerConductivity(c.temperature()) * electrolyte.saltConductivityFactor();
                double ohmic = layerResistance(inactive * molarVolume / contact, porosity, sigma) / contact;
                effects.filmResistance(polarisationFactor ? ohmic / steadyStateShare(electrolyte.transferenceNumber(c.temperature())) : ohmic);
            }
        });
    }
}
