package org.example.sulfide;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.model.EndGroup;
import org.interphase.model.Material;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * lsps_peo_reaction: Li10SnP2S12 (LSPS) filler particles react with the PEO around them.
 * <p>
 * The thiophosphate keeps its PS4 3- units (Li10SnP2S12 = 2 Li3PS4 + Li4SnS4), while the
 * thiostannate's sulfur is attacked by the polyether: it ends as polysulfides and, taking oxygen
 * from the chains, as sulfite SO3 2-. The products form a layer on every particle that grows
 * parabolically (diffusion through the layer limits it), from a native layer s0 of 1 nm (the law is
 * singular at zero thickness):
 * <pre>
 *   d(s^2)/dt = k(T),  i.e.  ds/dt = k / (2 s),  s(0) = s0,
 *   k(T) = k_ref * f_OH * exp(-Ea/k_B (1/T - 1/T_ref)),
 * </pre>
 * with f_OH the hydroxyl acceleration when the polymer has -OH chain ends (else 1). Per square metre
 * of particle surface the layer has consumed n = (s - s0) / V_m mol of LSPS (V_m its molar volume, a
 * layer as thick as the LSPS it replaced), giving 2 n mol PS4 3-, 4 n f_SO3 mol sulfite and
 * 4 n (1 - f_SO3) mol of sulfur in polysulfides. The layer's resistance s / sigma sits on every
 * particle and enters the composite's effective medium (Maxwell-Garnett/Bruggeman in the engine):
 * the filler/polymer impedance grows like the square root of time.
 * <p>
 * It acts on fillers whose material is LSPS or based on it. Uses only the public API
 * ({@code org.interphase.solver.api}, {@code org.interphase.model}).
 */
public class LspsPeoReaction implements Mechanism {

    /** The library name of the filler this mechanism is about. */
    static final String LSPS = "LSPS";

    /** Thickness of the native layer the reaction starts from, m (about a monolayer of products). */
    static final double SEED = 1e-9;

    /** The state variables, in the order of the state array. */
    static final List<StateVariable> STATE = List.of(
            new StateVariable("lsps_layer_thickness", "m", SEED),
            new StateVariable("lsps_ps4_formed", "mol/m2", 0),
            new StateVariable("lsps_polysulfide_sulfur", "mol/m2", 0),
            new StateVariable("lsps_sulfite_formed", "mol/m2", 0));

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getFiller() != null && isLsps(where.getFiller().getMaterial());
    }

    /** Whether a material is LSPS or a variant written 'based on' it. */
    static boolean isLsps(Material m) {
        for (int depth = 0; m != null && !m.eIsProxy() && depth < 20; depth++, m = m.getBasedOn()) {
            if (LSPS.equals(m.getName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        boolean hydroxyl = where.getElectrolyte() != null && where.getElectrolyte().getPolymer() != null
                && where.getElectrolyte().getPolymer().getEndGroup() == EndGroup.HYDROXYL;
        return new Process(p.get("rate constant") * (hydroxyl ? p.get("hydroxyl acceleration") : 1),
                p.get("reference temperature"), p.get("activation energy") / Physics.E, p.get("molar volume"),
                p.get("sulfite fraction"), p.get("layer conductivity"));
    }

    /**
     * The reaction on the particles of one filler, for one run.
     *
     * @param rateConstant       k at the reference temperature with this polymer's chain ends, m2/s
     * @param referenceK         temperature of the rate constant, K
     * @param activationEv       activation energy, eV
     * @param molarVolume        volume of LSPS consumed per mole, m3/mol
     * @param sulfiteFraction    share of the thiostannate sulfur that ends as sulfite
     * @param layerConductivity  Li+ conductivity of the layer, S/m
     */
    record Process(double rateConstant, double referenceK, double activationEv, double molarVolume,
            double sulfiteFraction, double layerConductivity) implements InterfaceProcess {

        @Override
        public List<StateVariable> state() {
            return STATE;
        }

        /** The parabolic rate constant at a temperature, m2/s. */
        double k(double temperatureK) {
            return rateConstant * Physics.arrhenius(activationEv, temperatureK, referenceK);
        }

        @Override
        public void evaluate(Conditions c, double[] state, double[] rates, Effects effects) {
            double k = k(c.temperature());
            double growth = k == 0 ? 0 : k / (2 * Math.max(SEED, state[0]));
            double consumed = growth / molarVolume; // mol LSPS per m2 of particle surface per s
            rates[0] = growth;
            rates[1] = 2 * consumed;
            rates[2] = 4 * (1 - sulfiteFraction) * consumed;
            rates[3] = 4 * sulfiteFraction * consumed;
            effects.fillerInterfaceResistance(state[0] / layerConductivity);
        }
    }
}
