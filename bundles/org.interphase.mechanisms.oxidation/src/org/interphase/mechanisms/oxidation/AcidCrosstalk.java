package org.interphase.mechanisms.oxidation;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.ElectrolyteView;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * acid_crosstalk: protons released by polymer oxidation (the salt's acid yield y, HTFSI from LiTFSI:
 * about one per electron) that the exposed oxide does not consume where they are released (the share
 * 1 - s of {@link ProtonBudget}, the one budget it shares with cathode_surface_damage, so that no proton
 * both dissolves the oxide and reaches the lithium) accumulate in the electrolyte as an acid inventory h
 * (mol/m2) and leave it by diffusion to the lithium over tau = L^2 / (pi^2 D) (D the salt diffusivity):
 * dh/dt = (1 - s) y i_ox / F - h / tau. Of what leaves, the fraction f reaching lithium is reduced there,
 * 2 H+ + 2 Li -> H2 + 2 Li+ (H2 at f h / (2 tau), lithium at f h / tau). While it is in the polymer
 * the acid cuts ether chains, dn_s/dt = k h (state chain_scissions), which release CH4 and CO
 * (DEMS-like gas per species). The short chains this leaves are not fed back into the oxidation
 * rate: with one acid per electron and two oxidisable ends per scission the loop is a chain
 * reaction whose branching ratio the literature does not pin down (see docs/engine.md).
 */
public class AcidCrosstalk implements Mechanism {

    private final PolymerOxidation oxidation = new PolymerOxidation();

    @Override
    public boolean appliesTo(CellInterface where) {
        return oxidation.appliesTo(where) && acidYield(where) > 0;
    }

    /**
     * Protons per electron of oxidation, as strong acid: each proton the oxidised polymer gives up leaves with an
     * anion of the film (HTFSI from TFSI-), so of a salt mixture the anions' shares weigh the salts' yields,
     * y = sum x_i y_i ({@link CellProperties#saltShares}; a salt without an acid yield, 0: its protons are not
     * counted as a strong acid). 0 without salt.
     */
    static double acidYield(CellInterface where) {
        if (where.getElectrolyte() == null || where.getElectrolyte().getSalts().isEmpty()) {
            return 0;
        }
        return CellProperties.saltMean(where.getElectrolyte(), "acid yield", 0).orElse(0.0);
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues parameters) {
        ProtonBudget budget = ProtonBudget.of(where, parameters);
        double toElectrolyte = budget.toElectrolyte();
        double reaching = parameters.get("fraction reaching lithium");
        double scissionRate = parameters.get("acid scission rate");
        double co = parameters.get("CO per scission");
        double ch4 = parameters.get("CH4 per scission");
        ElectrolyteView spe = CellProperties.electrolyte(where);
        double thickness = spe.thickness();
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                // the acid leaves within minutes, linearly (dh/dt = (1 - s) y i_ox / F - h / tau): a fast state, which
                // the engine integrates exponentially; it comes and goes with every charge
                return List.of(StateVariable.fast("acid", "mol/m2", 0), StateVariable.total("chain_scissions", "mol/m2", 0));
            }

            @Override
            public void evaluate(Conditions c, double[] state, double[] rates, Effects effects) {
                double acid = Math.max(0, state[0]);
                double produced = toElectrolyte * budget.released(c);
                double tau = thickness * thickness / (Math.PI * Math.PI * spe.saltDiffusivity(c.temperature()));
                double leaving = acid / tau;
                rates[0] = produced - leaving;
                double scissions = scissionRate * acid;
                rates[1] = scissions;
                effects.gas("H2", reaching * leaving / 2);
                effects.lithiumLoss(reaching * leaving);
                effects.gas("CO", co * scissions);
                effects.gas("CH4", ch4 * scissions);
            }
        };
    }
}
