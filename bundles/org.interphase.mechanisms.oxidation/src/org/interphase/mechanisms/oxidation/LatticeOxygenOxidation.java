package org.interphase.mechanisms.oxidation;

import java.util.List;

import org.interphase.mechanisms.cathode.film.CeiFilm;
import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.CathodeView;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * lattice_oxygen_oxidation: the charged oxide oxidises the polymer chemically with its own surface
 * oxygen, and the interphase this builds does not stop growing.
 * <p>
 * A delithiated layered oxide holds oxidised (high-valent) transition metals and oxygen holes at its
 * surface; this reactive lattice oxygen oxidises the adjacent polyether without an electron passing the
 * external circuit (chemical oxidation: Qiu et al., Adv. Funct. Mater. 30 (2020) 1909392, LATP-coated
 * LiCoO2 in PEO; Jung et al., J. Electrochem. Soc. 164 (2017) A1361 for oxygen from NCM). The surface that
 * gives up its oxygen is reduced to an oxygen-poor, lithium-free (rock-salt-like) layer, and the polymer's
 * products stay as a CEI on it. Unlike the electrochemical oxidation of polymer_oxidation, which needs
 * electrons to tunnel through the CEI and stops once it is a few nm thick (exp(-d / lambda)), the oxygen
 * is carried through what lies between the lattice and the polymer (the reduced layer, the CEI of every
 * origin, a coating) by diffusion, so the layers grow parabolically and never stop: the flux per real area
 * is r_O = P(x, T) / B, B the thickness of that barrier, and on a bare surface d(B^2)/dt = k is constant
 * (Deal-Grove's diffusion limit; PyBaMM's 'solvent-diffusion limited' SEI, d(L^2)/dt constant).
 * <p>
 * The rate follows the oxide's high-valent surface sites, the same that make it catalyse the polymer's
 * electrochemical oxidation: its catalytic activity above an inert surface, A(x) - 1 = (A - 1) x / x_ref
 * (polymer_oxidation's activity law, A from the library; LiFePO4, A = 1, has none and is not attacked),
 * and is thermally activated: k = k_0 (A(x) - 1) exp(-Ea/R (1/T - 1/T_ref)). A coating on the particles
 * slows but does not stop it: on its covered share the oxygen crosses the coating too (same diffusivity,
 * an estimate), B + d_coat; under several coatings, each laid independently over its own share, a patch
 * under a set of them adds their thicknesses ({@link CoatingCover#meanInverseBarrier}). Only where the
 * particles touch the polymer (the contact share).
 * <p>
 * Per mole of lattice oxygen taken: one formula unit of reduced layer (the library's rock-salt molar
 * volume, surface_reconstruction's) and two electrons' worth of polymer oxidised, of which the share
 * theta stays as CEI (polymer_oxidation's cei share, cei_growth's volume per electron and conductivity:
 * {@link CeiFilm}; the state cei_thickness adds to theirs, so it also blocks the polymer's electrochemical
 * oxidation). The hydrogen the oxygen takes from the polymer leaves with it as water: no acid, no side
 * current. What it costs: the reduced shell is lost active material, 1 - (1 - d/r)^3, and both layers add
 * resistance in series (the shell at surface_reconstruction's rock-salt conductivity). Not double counted:
 * surface_reconstruction is the oxide's own loss of oxygen as O2 gas above its onset (a separate sink of
 * lattice oxygen, whose shell lies in this barrier too); cathode_surface_damage follows the acid of the
 * electrochemical route only.
 */
public class LatticeOxygenOxidation implements Mechanism {

    static final String REDUCED = "reduced_layer_thickness";
    /** surface_reconstruction's rock-salt shell (the pristine surface layer included), m. */
    private static final String ROCK_SALT = "rock_salt_thickness";

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrode().getMaterial() != null
                && where.getElectrode().getMaterial().getRoles().contains(MaterialRole.CATHODE)
                && where.getElectrolyte() != null && where.getElectrolyte().getPolymer() != null
                && CellProperties.value(where.getElectrode().getMaterial(), "catalytic activity").orElse(1.0) > 1;
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        ParameterValues oxidation = CathodeSurfaceDamage.oxidation(p);
        ParameterValues cei = PolymerOxidation.cei(oxidation);
        ParameterValues reconstruction = reconstruction(p);
        Material active = where.getElectrode().getMaterial();
        CathodeView cathode = CellProperties.cathode(where);
        double area = cathode.surfaceArea();
        double radius = CellProperties.value(active, "particle radius").orElse(5e-6);
        double excess = CellProperties.value(active, "catalytic activity").orElseThrow() - 1;
        double reference = oxidation.get("activity reference delithiation");
        // every coating on the particles, each over its own share (the oxidation's cover)
        CoatingCover cover = CoatingCover.of(where.getElectrode(), oxidation.get("coating closure thickness"), false);
        double share = oxidation.get("cei share of oxidation charge");
        CeiFilm film = new CeiFilm(cei.get("cei volume per electron"), cei.get("cei conductivity"), area);
        double shellVolume = reconstruction.get("rock salt molar volume");
        double shellConductivity = reconstruction.get("rock salt conductivity");
        // barrier thickness grown per mole of lattice oxygen per real area: the shell and the CEI on it
        double ceiVolume = 2 * share * film.volumePerElectron();
        double perOxygen = shellVolume + ceiVolume;
        double constant = p.get("parabolic rate constant");
        double activationEv = p.get("activation energy") / Physics.E;
        double temperatureRef = p.get("reference temperature");
        double initial = reconstruction.get("pristine surface layer");
        List<StateVariable> state = List.of(new StateVariable(REDUCED, "m", 0),
                new StateVariable(PolymerOxidation.CEI, "m", 0));
        return InterfaceProcess.of(state, (c, y, rates, effects) -> {
            double shell = Math.max(0, y[0]);
            // everything between the lattice and the polymer: the intrinsic rock-salt shell (or the
            // pristine surface), this mechanism's reduced layer and the CEI of every origin
            double barrier = Math.max(initial, c.state(ROCK_SALT)) + shell
                    + Math.max(0, Math.max(c.state(PolymerOxidation.CEI), y[1]));
            double k = constant * excess * Math.max(0, c.delithiation()) / reference
                    * Physics.arrhenius(activationEv, c.temperature(), temperatureRef);
            // d(B^2)/dt = k on bare surface: the oxygen flux per real area is k / (2 B perOxygen)
            double oxygen = c.contact() * k / (2 * perOxygen) * cover.meanInverseBarrier(barrier);
            rates[0] = shellVolume * oxygen;
            rates[1] = ceiVolume * oxygen;
            double intact = 1 - Math.min(shell, radius) / radius;
            effects.activeMaterialLoss(3 * intact * intact / radius * rates[0]);
            effects.filmResistance(shell / (shellConductivity * area) + film.resistance(Math.max(0, y[1])));
        });
    }

    /** surface_reconstruction's values in this study (its defaults where the caller gives no access). */
    private static ParameterValues reconstruction(ParameterValues own) {
        return OtherMechanism.values(own, "surface_reconstruction", "lattice_oxygen_oxidation");
    }
}
