package org.interphase.mechanisms.oxidation;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.model.Coating;
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
 * n protons per formula unit (LiCoO2 + 4 H+: n = 4). A fraction f of the acid reacts with the oxide
 * where it is released, the rest diffuses away (acid_crosstalk). Active material is lost as
 * d(fraction)/dt = f y i_ox (1 - coverage) / (n Q_theoretical), at most 1/n = 0.25 C of capacity per C of
 * oxidation (issue 12: it was 0.95, counting the oxidation charge twice), and a damaged layer grows on
 * the particles' real surface a: d(thickness)/dt = yield V_m f y i_ox (1 - coverage) / (F a), adding
 * thickness / (sigma a) per geometric area in series. Without an acid-yielding salt nothing is attacked.
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
        ParameterValues oxidation = oxidation(parameters);
        OxidationKinetics kinetics = new OxidationKinetics(where, oxidation);
        CathodeView cathode = CellProperties.cathode(where);
        Coating coating = where.getElectrode().getCoatings().isEmpty() ? null : where.getElectrode().getCoatings().get(0);
        double exposed = coating == null ? 1
                : 1 - OxidationKinetics.coverage(coating, oxidation.get("coating closure thickness"));
        double protonsPerCharge = AcidCrosstalk.acidYield(where) * parameters.get("acid attacking the cathode");
        double lossPerCharge = protonsPerCharge / parameters.get("protons per dissolved formula unit")
                / cathode.theoreticalCapacity();
        double area = cathode.surfaceArea();
        double growthPerCharge = protonsPerCharge * parameters.get("damaged layer yield")
                * parameters.get("damaged layer molar volume") / (F * area);
        double resistancePerThickness = 1 / (parameters.get("damaged layer conductivity") * area);
        return InterfaceProcess.of(List.of(new StateVariable("damage_thickness", "m", 0)), (c, state, rates, effects) -> {
            double attack = kinetics.current(c.potential(), c.temperature(), c.delithiation(),
                    c.state(PolymerOxidation.CEI), c.state(PolymerOxidation.CARBON_CEI)) * exposed;
            rates[0] = growthPerCharge * attack;
            effects.activeMaterialLoss(lossPerCharge * attack);
            effects.filmResistance(state[0] * resistancePerThickness);
        });
    }

    /**
     * The values polymer_oxidation runs with in this study (its defaults with the study's overrides):
     * this mechanism follows the same oxidation rate. Its declared defaults where the caller gives
     * no access to other mechanisms' values.
     */
    static ParameterValues oxidation(ParameterValues own) {
        try {
            return own.of("polymer_oxidation");
        } catch (IllegalArgumentException e) {
            return oxidationDefaults();
        }
    }

    /** polymer_oxidation's declared defaults. */
    static ParameterValues oxidationDefaults() {
        return ParameterValues.defaults("polymer_oxidation");
    }
}
