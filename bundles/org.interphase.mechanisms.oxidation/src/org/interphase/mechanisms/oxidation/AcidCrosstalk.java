package org.interphase.mechanisms.oxidation;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.model.Salt;
import org.interphase.model.parameters.Materials;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * acid_crosstalk: protons released by polymer oxidation (the salt's acid yield, HTFSI from LiTFSI:
 * about one per electron) reach lithium and are reduced there: 2 H+ + 2 Li -> H2 + 2 Li+. Hydrogen
 * evolves at y f i_ox / 2F and lithium is consumed at y f i_ox / F (f: the fraction reaching lithium).
 * The further breakdown the acid catalyses (CH4, CO) is not modelled yet.
 */
public class AcidCrosstalk implements Mechanism {

    private static final double F = 96485.33212;

    private final PolymerOxidation oxidation = new PolymerOxidation();

    @Override
    public boolean appliesTo(CellInterface where) {
        return oxidation.appliesTo(where) && acidYield(where) > 0;
    }

    private static double acidYield(CellInterface where) {
        double yield = 0;
        for (Salt salt : where.getElectrolyte().getSalts()) {
            if (salt.getMaterial() != null && !salt.getMaterial().eIsProxy()) {
                yield = Math.max(yield, Materials.find(salt.getMaterial(), "acid yield")
                        .map(p -> p.getValue().getSi()).orElse(0.0));
            }
        }
        return yield;
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues parameters) {
        OxidationKinetics kinetics = new OxidationKinetics(where, CathodeSurfaceDamage.oxidationDefaults());
        double protonsPerCharge = acidYield(where) * parameters.get("fraction reaching lithium") / F;
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                return List.of();
            }

            @Override
            public void evaluate(Conditions c, double[] state, double[] rates, Effects effects) {
                double protons = protonsPerCharge * kinetics.current(c.potential(), c.temperature(), c.delithiation());
                effects.gas("H2", protons / 2);
                effects.lithiumLoss(protons);
            }
        };
    }
}
