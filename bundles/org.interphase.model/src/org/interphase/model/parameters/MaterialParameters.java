package org.interphase.model.parameters;

import static org.interphase.model.MaterialRole.ADDITIVE;
import static org.interphase.model.MaterialRole.ANODE;
import static org.interphase.model.MaterialRole.CATHODE;
import static org.interphase.model.MaterialRole.COATING;
import static org.interphase.model.MaterialRole.FILLER;
import static org.interphase.model.MaterialRole.INERT;
import static org.interphase.model.MaterialRole.INTERLAYER;
import static org.interphase.model.MaterialRole.POLYMER;
import static org.interphase.model.MaterialRole.SALT;
import static org.interphase.model.MaterialRole.SCAFFOLD;
import static org.interphase.model.MaterialRole.SOLVENT;
import static org.interphase.model.MaterialRole.SURFACE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.model.MaterialRole;

/**
 * The catalogue of material parameters: the names a {@code material} block may use, with the
 * dimension of each value, so that the language can check units and the library can be checked
 * for completeness. The mechanism solvers read these names.
 */
public final class MaterialParameters {

    private static final Map<String, ParameterSpec> SPECS = new LinkedHashMap<>();

    private static final Set<MaterialRole> ELECTRODES = EnumSet.of(CATHODE, ANODE, INERT);
    private static final Set<MaterialRole> SOLIDS = EnumSet.of(CATHODE, ANODE, INERT, POLYMER, FILLER, COATING,
            SURFACE, INTERLAYER, SCAFFOLD);
    private static final Set<MaterialRole> CERAMICS = EnumSet.of(FILLER, COATING, SURFACE, INTERLAYER);

    static {
        // every solid
        spec("density", "density", null, union(SOLIDS, EnumSet.of(SALT, SOLVENT)), SOLIDS,
                "Mass density (of a salt or solvent: of the pure substance, for the volume it adds to an electrolyte).");
        // electrodes
        spec("specific capacity", "specific_capacity", "voltage", EnumSet.of(CATHODE, ANODE), true,
                "Reversible capacity per mass of active material; with 'at' the capacity reached when charging to that cut-off voltage.");
        spec("theoretical capacity", "specific_capacity", null, EnumSet.of(CATHODE), true,
                "Capacity if all lithium were extracted.");
        spec("open circuit voltage", "voltage", "fraction", EnumSet.of(CATHODE), true,
                "Open-circuit voltage versus Li/Li+ at a degree of delithiation, the fraction of the theoretical capacity extracted ('at 50 %'); the points form the OCV curve.");
        spec("volume change", "fraction", "fraction", EnumSet.of(CATHODE), true,
                "Unit-cell volume change relative to the lithiated state at a degree of delithiation, the fraction of the theoretical capacity extracted ('at 70 %'); negative is shrinkage.");
        spec("catalytic activity", "dimensionless", null, EnumSet.of(CATHODE, INERT), true,
                "Rate factor for polymer oxidation on the charged surface relative to stainless steel (1).");
        spec("oxygen release onset", "voltage", null, EnumSet.of(CATHODE), false,
                "Potential versus Li/Li+ above which a layered oxide loses lattice oxygen from its surface (at room temperature; surface_reconstruction).");
        spec("lattice collapse", "fraction", "fraction", EnumSet.of(CATHODE), false,
                "Collapse of a layered oxide's c axis below its maximum at a degree of delithiation ('at 75 %'), the misfit between neighbouring primary grains that cracks polycrystalline particles (particle_cracking).");
        spec("elastic modulus", "pressure", null, EnumSet.of(CATHODE), false,
                "Young's modulus of the active material (particle_cracking: the misfit stress).");
        spec("exchange current density", "current_density", null, ELECTRODES, false,
                "Exchange current density of the Li+ transfer reaction at the electrode/SPE interface.");
        spec("solid diffusivity", "diffusivity", null, EnumSet.of(CATHODE), false,
                "Lithium diffusion coefficient in the active particles.");
        spec("particle radius", "length", null, EnumSet.of(CATHODE, FILLER), false, "Mean particle radius.");
        spec("standard potential", "voltage", null, EnumSet.of(ANODE), false, "Standard electrode potential versus SHE.");
        spec("shear modulus", "pressure", null, EnumSet.of(ANODE, POLYMER, FILLER), EnumSet.of(ANODE, POLYMER),
                "Shear modulus (for polymers, of the amorphous melt above the melting point).");
        // polymers
        spec("onset potential", "voltage", null, EnumSet.of(POLYMER, SOLVENT), true,
                "Intrinsic oxidation onset on an inert electrode (high molar mass, non-reactive chain ends).");
        spec("onset temperature", "temperature", null, EnumSet.of(POLYMER, SOLVENT), false,
                "Temperature of the sweeps the onset potentials were measured at; polymer_oxidation carries the"
                        + " rate to other temperatures with its activation energy (without it: the mechanism's"
                        + " onset reference temperature, 60 °C).");
        spec("hydroxyl end onset potential", "voltage", null, EnumSet.of(POLYMER), false,
                "Oxidation onset of hydroxyl-terminated chains.");
        spec("methoxy end onset potential", "voltage", null, EnumSet.of(POLYMER), false,
                "Oxidation onset of methoxy-terminated chains.");
        spec("vft prefactor", "conductivity", "dimensionless", EnumSet.of(POLYMER), false,
                "VFT prefactor A of sigma = A exp(-B/(T - T0)); 'at' gives the EO:Li ratio it was fitted for.");
        spec("vft activation temperature", "temperature", "dimensionless", EnumSet.of(POLYMER), false,
                "VFT pseudo-activation temperature B; 'at' gives the EO:Li ratio.");
        spec("vft reference temperature", "temperature", "dimensionless", EnumSet.of(POLYMER), false,
                "VFT ideal glass temperature T0; 'at' gives the EO:Li ratio.");
        spec("ionic conductivity", "conductivity", "temperature", EnumSet.of(POLYMER, FILLER, COATING, SURFACE,
                INTERLAYER), true, "Li+ conductivity (at a temperature when 'at' is given).");
        spec("melting point", "temperature", "dimensionless", EnumSet.of(POLYMER), true,
                "Melting point of the crystalline phase; below it conductivity drops. 'at' gives the EO:Li ratio"
                        + " it was measured at (salt depresses it); the plain value applies without such entries.");
        spec("crystalline conductivity factor", "dimensionless", null, EnumSet.of(POLYMER), false,
                "Factor on the conductivity below the melting point.");
        spec("melting width", "temperature", null, EnumSet.of(POLYMER), false,
                "Width of the melting endotherm under the melting point: a film crystallised to equilibrium keeps"
                        + " a share of its crystals growing linearly from 0 at the melting point to all of them this far"
                        + " under it (10 K when not given).");
        spec("filler amorphous shell", "length", null, EnumSet.of(POLYMER), false,
                "Thickness of the polymer shell around filler particles that stays amorphous below the melting point.");
        spec("crystal lamella thickness", "length", null, EnumSet.of(POLYMER), false,
                "Thickness of the polymer's crystal lamellae: fillers whose free gap is comparable lengthen the"
                        + " crystallisation half-time by 1 + thickness / gap (confinement).");
        spec("crystallisation half time", "time", "temperature", EnumSet.of(POLYMER), false,
                "Isothermal half-time of crystallisation from the melt at a temperature below the melting point"
                        + " ('at'); with the undercooling scale, Avrami exponent and melting time it makes the"
                        + " crystallinity a state that evolves in time (without it the polymer crystallises at once).");
        spec("crystallisation undercooling scale", "temperature", null, EnumSet.of(POLYMER), false,
                "dT* of the Hoffman-Lauritzen half-time t(T) ~ exp(dT* Tm / (T (Tm - T))): how steeply"
                        + " crystallisation slows as the temperature nears the melting point.");
        spec("avrami exponent", "dimensionless", null, EnumSet.of(POLYMER), false,
                "Avrami exponent n of isothermal crystallisation, X = 1 - exp(-ln2 (t / t_half)^n).");
        spec("melting time", "time", null, EnumSet.of(POLYMER), false,
                "Time constant of melting above the melting point.");
        spec("solid shear modulus", "pressure", null, EnumSet.of(POLYMER), false,
                "Shear modulus below the melting point.");
        spec("transference number", "dimensionless", null, EnumSet.of(POLYMER), true, "Li+ transference number t+.");
        spec("salt diffusivity", "diffusivity", "temperature", EnumSet.of(POLYMER), true,
                "Salt diffusion coefficient at the polymer's own composition; 'at' gives the temperature it"
                        + " belongs to (without 'at': 90 °C), from which the conductivity law carries it.");
        spec("thermodynamic factor", "dimensionless", "dimensionless", EnumSet.of(POLYMER), false,
                "Thermodynamic factor 1 + dln(gamma)/dln(m) of the salt in the polymer (1: ideal solution);"
                        + " 'at' gives the EO:Li ratio, linear in Li/EO between the entries.");
        spec("cation self diffusivity", "diffusivity", "dimensionless", EnumSet.of(POLYMER), false,
                "Li+ self-diffusion coefficient (PFG-NMR) with the polymer's usual salt; 'at' gives the EO:Li ratio."
                        + " With the anion's, it gives how salt diffusivity and t+ change with the local salt concentration.");
        spec("anion self diffusivity", "diffusivity", "dimensionless", EnumSet.of(POLYMER), false,
                "Anion self-diffusion coefficient (PFG-NMR) with the polymer's usual salt; 'at' gives the EO:Li ratio.");
        spec("molar mass", "molar_mass", null, EnumSet.of(POLYMER, SALT, SOLVENT, ADDITIVE), true,
                "Molar mass (of the chain for polymers, of the formula unit otherwise).");
        spec("tafel transfer coefficient", "dimensionless", null, EnumSet.of(POLYMER), false,
                "Transfer coefficient alpha of the oxidation's Tafel slope b = RT/(alpha F).");
        spec("sei rate constant", "diffusivity", null, EnumSet.of(POLYMER), false,
                "Parabolic growth constant k of the SEI formed by lithium (thickness^2 = k t).");
        spec("sei activation energy", "energy molar_energy", null, EnumSet.of(POLYMER), false,
                "Arrhenius activation energy of SEI growth.");
        spec("lithium plating loss", "fraction", null, EnumSet.of(POLYMER), false,
                "Share of the lithium plated from this electrolyte that is not stripped back (1 - coulombic efficiency"
                        + " of lithium plating/stripping): dead lithium and SEI on the fresh deposit (dead_lithium).");
        spec("liquefied conductivity", "conductivity", null, EnumSet.of(POLYMER), false,
                "Conductivity after lithium has cut the chains into a liquid (PPC).");
        spec("coordinating oxygens", "dimensionless", null, EnumSet.of(SOLVENT), false,
                "Ether oxygens per molecule that can coordinate Li+ (DME: 2).");
        // salts
        spec("decomposition potential", "voltage", null, EnumSet.of(SALT, ADDITIVE), true,
                "Potential above which the anion decomposes into a CEI.");
        spec("cei rate constant", "diffusivity", null, EnumSet.of(SALT, ADDITIVE), false,
                "Parabolic growth constant of the CEI this salt forms (thickness^2 = k t).");
        spec("acid yield", "dimensionless", null, EnumSet.of(SALT), false,
                "Protons (strong acid) released per electron of polymer oxidation.");
        spec("solvated molar volume", "molar_volume", null, EnumSet.of(SALT), false,
                "Apparent molar volume of the salt dissolved in a glyme (from solution densities): the share of the"
                        + " salt whose Li+ shell is made of solvent ether oxygens takes this volume in the salt"
                        + " concentration instead of its crystal volume (molar mass over density).");
        spec("lithium sei conductivity", "conductivity", null, EnumSet.of(SALT), false,
                "Li+ conductivity at 25 °C of the SEI lithium forms with this salt's anion (its reduction products:"
                        + " LiF/Li3N/Li2S from TFSI-, LiCl/Li2O from ClO4-); anode_reduction's sei conductivity otherwise.");
        // ceramics
        spec("activation energy", "energy molar_energy", null, CERAMICS, false, "Arrhenius activation energy of ionic conduction.");
        spec("interfacial resistance", "area_resistance", "temperature", EnumSet.of(FILLER), false,
                "Area-specific resistance of the clean ceramic/polymer interface ('at' the temperature it was measured"
                        + " at, carried to others with the interfacial activation energy).");
        spec("interfacial activation energy", "energy molar_energy", null, EnumSet.of(FILLER), false,
                "Arrhenius activation energy of the ceramic/polymer interfacial resistance (Li+ transfer across it).");
        spec("polymer reactivity", "diffusivity", null, EnumSet.of(FILLER), false,
                "Parabolic growth constant of the interphase the filler forms with the polymer at 60 °C (0 for non-reactive).");
        spec("tunnelling length", "length", null, EnumSet.of(COATING), true,
                "Decay length lambda of the tunnelling barrier exp(-d/lambda) a coating puts on electron transfer.");
        spec("product conductivity", "conductivity", null, EnumSet.of(INTERLAYER), true,
                "Ionic conductivity of what the interlayer becomes on lithium (Mg3N2 -> Li3N).");
        spec("contact area factor", "fraction", null, EnumSet.of(SCAFFOLD), false,
                "Fraction of the lithium surface the scaffold leaves in contact with the polymer.");
        spec("hydroxyl content", "molality", null, EnumSet.of(SCAFFOLD), false,
                "Hydroxyl groups per mass of the scaffold (cellulose: 3 per anhydroglucose unit); they quench the lithium"
                        + " alkoxide chain ends that unzip a polycarbonate cut by lithium (anode_reduction).");
    }

    private MaterialParameters() {
    }

    private static Set<MaterialRole> union(Set<MaterialRole> a, Set<MaterialRole> b) {
        Set<MaterialRole> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    private static void spec(String name, String dimensions, String condition, Set<MaterialRole> roles,
            boolean required, String description) {
        spec(name, dimensions, condition, roles, required ? roles : Set.of(), description);
    }

    private static void spec(String name, String dimensions, String condition, Set<MaterialRole> roles,
            Set<MaterialRole> requiredFor, String description) {
        SPECS.put(name, new ParameterSpec(name, List.of(dimensions.split(" ")), condition, roles, requiredFor,
                description));
    }

    /** The specification of a parameter by its name as written, if it is known. */
    public static Optional<ParameterSpec> get(String name) {
        return Optional.ofNullable(SPECS.get(name));
    }

    /** All parameter specifications, in a stable order. */
    public static List<ParameterSpec> all() {
        return Collections.unmodifiableList(new ArrayList<>(SPECS.values()));
    }

    /** Parameters every library material with this role must carry. */
    public static List<ParameterSpec> requiredFor(MaterialRole role) {
        return SPECS.values().stream().filter(s -> s.requiredFor().contains(role)).toList();
    }
}
