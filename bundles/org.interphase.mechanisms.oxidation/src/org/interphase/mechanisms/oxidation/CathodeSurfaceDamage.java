package org.interphase.mechanisms.oxidation;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.CathodeView;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * cathode_surface_damage: the acid that polymer oxidation releases (the salt's acid yield y, HTFSI from
 * LiTFSI: about one proton per electron) attacks the exposed part of the active surface, (1 - coverage).
 * The electron of the oxidation itself goes to the external circuit (it is the side current that lowers
 * the coulombic efficiency) and reduces no Co4+: only the acid destroys active material, by dissolution,
 * n protons per formula unit (LiCoO2 + 4 H+: n = 4). The acid is one budget with acid_crosstalk's
 * ({@link ProtonBudget}): the share s = f (1 - coverage) of it reacts with the oxide where it is released and
 * is consumed there, the rest enters acid_crosstalk's inventory and is not seen here again. Active
 * material is lost as d(fraction)/dt = s y i_ox / (n Q_theoretical), at most 1/n = 0.25 C of capacity per C
 * of oxidation (issue 12: it was 0.95, counting the oxidation charge twice), and a damaged layer grows on
 * the particles' real surface a: d(thickness)/dt = yield V_m s y i_ox / (F a), adding thickness / (sigma a)
 * per geometric area in series. Without an acid-yielding salt nothing is attacked.
 */
public class CathodeSurfaceDamage implements Mechanism {

    private static final double F = Physics.F;

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrode().getMaterial() != null
                && where.getElectrode().getMaterial().getRoles().contains(MaterialRole.CATHODE)
                && where.getElectrolyte() != null && where.getElectrolyte().getPolymer() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues parameters) {
        ProtonBudget acid = ProtonBudget.of(where, parameters);
        CathodeView cathode = CellProperties.cathode(where);
        // protons the oxide consumes per released proton, and what each costs it
        double toOxide = acid.toOxide();
        double lossPerProton = 1 / parameters.get("protons per dissolved formula unit") / cathode.theoreticalCapacity()
                * F;
        double area = cathode.surfaceArea();
        double growthPerProton = parameters.get("damaged layer yield") * parameters.get("damaged layer molar volume")
                / area;
        double resistancePerThickness = 1 / (parameters.get("damaged layer conductivity") * area);
        return InterfaceProcess.of(List.of(new StateVariable("damage_thickness", "m", 0)), (c, state, rates, effects) -> {
            double attack = toOxide * acid.released(c);
            rates[0] = growthPerProton * attack;
            effects.activeMaterialLoss(lossPerProton * attack);
            effects.filmResistance(state[0] * resistancePerThickness);
        });
    }

    /**
     * The values polymer_oxidation runs with in this study (its defaults with the study's overrides):
     * this mechanism follows the same oxidation rate ({@link OtherMechanism}).
     */
    static ParameterValues oxidation(ParameterValues own) {
        return OtherMechanism.values(own, "polymer_oxidation", "cathode_surface_damage");
    }
}
