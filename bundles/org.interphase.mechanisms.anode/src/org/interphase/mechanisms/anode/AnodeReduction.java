package org.interphase.mechanisms.anode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * anode_reduction: lithium reduces the polymer where they touch.
 * <p>
 * An SEI grows parabolically with an Arrhenius rate: d(s + d0)^2/dt = a k(T), i.e.
 * ds/dt = a k(T) / (2 (s + d0)), with k(T) = k_ref exp(-Ea/k_B (1/T - 1/T_ref)) from the polymer's
 * "sei rate constant" and "sei activation energy" in the material library, a the fraction of the
 * lithium surface the polymer touches (a scaffold shields the rest) and d0 the thickness of a
 * passivating interlayer (Li3N from Mg3N2) that the reaction must already cross. The SEI adds
 * s / (a sigma_sei(T)) in series and consumes lithium at a (ds/dt) / V_Li, V_Li its volume per lithium.
 * <p>
 * Li+ crosses the SEI's inorganic grains (Li2O, LiF, Li2CO3) by thermally activated hopping, so its
 * conductivity follows sigma_sei(T) = sigma_sei,ref exp(-Ea,sigma/k_B (1/T - 1/T_sigma)), the reference value
 * (1e-9 to 1e-8 S/cm, domain brief) being a room-temperature one (T_sigma = 25 °C); Hess measured SEI
 * overpotentials on lithium Arrhenius-like from -40 to 80 °C (arXiv:1801.09676, 2018). A constant
 * conductivity made a 45 nm SEI on lithium 455 ohm cm2 at 80 °C, where Li/PEO-LiTFSI interfaces measure
 * 67 ohm cm2 after 30 days (J. Power Sources 94 (2001) 201).
 * <p>
 * What the SEI is made of depends on the salt as well as the polymer: lithium reduces the anion too, TFSI-
 * to LiF, Li3N, Li2S and Li2O, ClO4- (an oxidant, eight electrons per anion) to LiCl and Li2O, FSI- to a
 * thin LiF-rich layer. Li3N and Li2S conduct Li+ far better than LiCl and Li2O, so the salt sets sigma_sei,ref:
 * the salt's library "lithium sei conductivity" where it gives one, the mechanism's "sei conductivity" otherwise;
 * several salts, the mean weighted by their shares of the anions (their SEI domains side by side, 0.5.0). The growth law stays the polymer's (no per-salt growth
 * rate was found). The same paper (J. Power Sources 94 (2001) 201) measures Li/PEO-LiClO4 15 times more
 * resistive than Li/PEO-LiTFSI; LiClO4's value is fitted on that pair (see the library). The anion's share of the
 * SEI's lithium takes salt out of the film, one anion per "electrons per anion reduced" lithium (state salt_reduced,
 * 0.4.0; not for a liquefying polymer, whose products are chain fragments).
 * <p>
 * Polymers the library gives a "liquefied conductivity" (PPC) are cut by lithium into short liquid
 * chains instead of a solid SEI: the products dissolve, nothing passivates, so the reaction keeps the
 * rate it has on fresh lithium, dx/dt = a k(T) / (2 s0) (s0 the native film). The liquefied layer x
 * replaces polymer of conductivity sigma by liquid of sigma_liq, so the resistance first falls by
 * x (1/sigma - 1/sigma_liq); when x reaches the collapse fraction of the film the film loses its
 * mechanical integrity and the cell shorts. The scission takes lithium per chain cut, not per volume of
 * SEI: one lithium per "liquefied volume per lithium" (an estimate, 400 cm3/mol: oligomers of ~1 kg/mol,
 * 2 Li per scission). A scaffold (cellulose nonwoven) is the film's skeleton: it
 * holds the liquid in its pores and keeps the electrodes apart, so a scaffolded film does not collapse;
 * it turns into a liquid-filled separator (the liquid's conductivity times the scaffold's porosity^1.5)
 * as the front runs through the polymer on its side (half the film), and then the reaction stops for
 * want of polymer. This is why scaffolded PPC lasts far longer than bare PPC, not just by the contact
 * the fibres take (Zhang et al., Adv. Energy Mater. 5 (2015) 1501082: cellulose-supported PPC
 * cycles against lithium where bare PPC films fail).
 * <p>
 * What keeps the bare film's reaction at the fresh-lithium rate is the chemistry of the cut: lithium leaves
 * lithium alkoxide chain ends, and an alkoxide end unzips a polycarbonate by backbiting into cyclic
 * carbonate (metal-alkoxide-ended PPC "depolymerises easily to propylene carbonate", Kuran and Listos,
 * Polimery 39 (1994) 449; backbiting is PPC's first degradation step, Luinstra and Borchardt, Adv. Polym.
 * Sci. 245 (2012) 29), so the products are liquid and nothing passivates. A scaffold with hydroxyl groups
 * (cellulose) quenches the alkoxide (R-OLi + HO-cellulose -> R-OH + LiO-cellulose) and so "suppresses
 * further degradation" ("The interfacial evolution between polycarbonate-based polymer electrolyte and
 * Li-metal anode", 2018, abstract): its quenched products stay at the interface, and the scission then
 * passivates like an SEI, d(x + s0 + d0)^2/dt = a k(T). The hydroxyls quench the share
 * min(1, n_OH V_liq / eps) of the alkoxides, n_OH = h rho (1 - eps) the scaffold's hydroxyls per film volume
 * (h its "hydroxyl content", rho its density, eps its porosity) against eps / V_liq alkoxides per film volume
 * liquefied (one per lithium); the unquenched share keeps the fresh-lithium rate. No constant is added:
 * h is stoichiometry (3 OH per anhydroglucose unit).
 */
public class AnodeReduction implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface where) {
        return LithiumSide.lithiumAgainstPolymerWith(where, "sei rate constant");
    }

    private static double value(Material m, String parameter) {
        return CellProperties.value(m, parameter).orElseThrow(() -> new IllegalArgumentException(
                "material " + m.getName() + " has no '" + parameter + "'"));
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        Material polymer = LithiumSide.polymer(where).orElseThrow();
        double rateConstant = value(polymer, "sei rate constant");
        double activationEv = value(polymer, "sei activation energy") / Physics.E;
        double reference = p.get("reference temperature");
        // the anion's reduction products set how the SEI conducts (salt's library value), else the default
        // (a salt mixture: the share-weighted mean, its anions' SEI domains side by side, LithiumSide.saltMean)
        double seiConductivity = LithiumSide.saltMean(where, "lithium sei conductivity", p.get("sei conductivity"))
                .orElse(p.get("sei conductivity"));
        double seiConductionEv = p.get("sei conduction activation energy") / Physics.E;
        double seiConductivityReference = p.get("sei conductivity temperature");
        double lithiumVolume = p.get("sei volume per lithium");
        // a liquefying polymer is cut into oligomers, not turned into Li2O: far less lithium per volume
        double liquidVolume = p.get("liquefied volume per lithium");
        double offset = CellProperties.interlayerThickness(where.getElectrode());
        double contact = CellProperties.contactFraction(where.getElectrolyte());
        Optional<Double> liquefied = CellProperties.value(polymer, "liquefied conductivity");
        ElectrolyteView electrolyte = CellProperties.electrolyte(where);
        double nativeFilm = p.get("initial sei thickness");
        double collapseAt = p.get("collapse fraction") * electrolyte.thickness();
        // a scaffold carries the film: the liquid stays in its pores and nothing collapses
        boolean skeleton = where.getElectrolyte().getScaffold() != null;
        double polymerOnThisSide = electrolyte.thickness() / 2;
        // the share of the alkoxide chain ends that the scaffold's hydroxyls cannot quench (1 without them)
        double unquenched = 1 - quenchedShare(where.getElectrolyte(), liquidVolume);
        // the library's liquid conductivity is a 20 °C value; it follows the polymer's temperature law
        double liquidReference = 293.15;
        List<StateVariable> state = new ArrayList<>();
        state.add(new StateVariable("sei_thickness", "m", p.get("initial sei thickness")));
        if (liquefied.isPresent()) {
            state.add(new StateVariable("liquefied_thickness", "m", 0));
        } else if (LithiumSide.consumesSalt(p)) {
            // the SEI's lithium reduces the salt's anion in part (the rest the polymer): the film loses that salt
            state.add(new StateVariable(LithiumSide.SALT_REDUCED, "mol/m2", 0));
        }
        double saltPerLithium = LithiumSide.saltPerSeiLithium(p);
        boolean drains = liquefied.isEmpty() && LithiumSide.consumesSalt(p);
        String polymerName = polymer.getName();
        return InterfaceProcess.of(state, (c, y, rates, effects) -> {
            double arrhenius = Physics.arrhenius(activationEv, c.temperature(), reference);
            double sei = Math.max(y[0], 0);
            if (liquefied.isEmpty()) {
                double growth = contact * rateConstant * arrhenius / (2 * (sei + offset + 1e-12));
                rates[0] = growth;
                effects.lithiumLoss(growth / lithiumVolume);
                if (drains) {
                    rates[1] = saltPerLithium * growth / lithiumVolume;
                }
            }
            double sigmaSei = seiConductivity
                    * Physics.arrhenius(seiConductionEv, c.temperature(), seiConductivityReference);
            effects.filmResistance(sei / (contact * sigmaSei));
            if (liquefied.isPresent()) {
                double x = Math.max(y[1], 0);
                double sigma = electrolyte.conductivity(c.temperature());
                double scaffold = sigma / electrolyte.polymerConductivity(c.temperature());
                double sigmaLiquid = liquefied.get() * scaffold * electrolyte.polymerConductivity(c.temperature())
                        / electrolyte.polymerConductivity(liquidReference);
                rates[1] = skeleton && x >= polymerOnThisSide ? 0
                        : contact * rateConstant * arrhenius * (unquenched / (2 * (nativeFilm + offset))
                                + (1 - unquenched) / (2 * (x + nativeFilm + offset)));
                effects.lithiumLoss(rates[1] / liquidVolume);
                double liquid = Math.min(x, polymerOnThisSide);
                effects.filmResistance(liquid / sigmaLiquid - liquid / sigma);
                if (!skeleton && x >= collapseAt) {
                    effects.shortCircuit(String.format(Locale.ROOT,
                            "lithium cut the %s into liquid chains over %.1f um of the %.0f um film, which collapsed",
                            polymerName, x * 1e6, electrolyte.thickness() * 1e6));
                }
            }
        });
    }

    /**
     * The share of the alkoxide chain ends a scaffold's hydroxyls quench: min(1, n_OH V_liq / eps), with
     * n_OH = h rho (1 - eps) hydroxyls per film volume and eps / V_liq alkoxides per film volume liquefied;
     * 0 without a scaffold, without a porosity or without hydroxyls.
     */
    static double quenchedShare(org.interphase.model.Electrolyte electrolyte, double liquidVolume) {
        var scaffold = electrolyte.getScaffold();
        if (scaffold == null || scaffold.getPorosity() == null || scaffold.getMaterial() == null) {
            return 0;
        }
        double porosity = scaffold.getPorosity().getSi();
        Optional<Double> hydroxyls = CellProperties.value(scaffold.getMaterial(), "hydroxyl content");
        Optional<Double> density = CellProperties.value(scaffold.getMaterial(), "density");
        if (hydroxyls.isEmpty() || density.isEmpty() || !(porosity > 0)) {
            return 0;
        }
        return Math.min(1, hydroxyls.get() * density.get() * (1 - porosity) * liquidVolume / porosity);
    }
}
