package org.interphase.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.interphase.model.Coating;
import org.interphase.model.CoatingScope;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Salt;
import org.interphase.model.Filler;
import org.interphase.model.ModelPackage;
import org.interphase.model.Quantity;
import org.interphase.model.Scaffold;

/**
 * What an electrolyte's composition must leave for the polymer: a scaffold needs pores to hold it,
 * and fillers cannot fill the whole volume. The engine refuses both (a porosity of 0 % would be a
 * conductivity of 0 and NaN downstream; fillers at 100 % leave no polymer), so the checker says so
 * first, on the offending value.
 */
public class CompositionValidator extends TopicValidator {

    public static final String NO_PORES = "org.interphase.dsl.scaffoldWithoutPores";
    public static final String NO_POLYMER_LEFT = "org.interphase.dsl.fillersLeaveNoPolymer";

    @Check
    public void checkScaffold(Scaffold scaffold) {
        Quantity porosity = scaffold.getPorosity();
        if (porosity != null && Dimensions.matches(porosity, java.util.List.of("fraction")) && porosity.getSi() == 0) {
            error("a scaffold of porosity 0 % has no pores for the electrolyte; give its porosity (nonwovens are"
                    + " typically 40-80 %)", porosity, null, NO_PORES);
        }
    }

    /**
     * A film's history ('stored' or 'annealed') decides whether it starts semicrystalline; a network polymerised in
     * place never crystallises, so its history changes nothing: say so rather than let it look meaningful.
     */
    @Check
    public void checkHistory(Electrolyte electrolyte) {
        if (electrolyte.eIsSet(ModelPackage.Literals.ELECTROLYTE__HISTORY)
                || !org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(electrolyte,
                        ModelPackage.Literals.ELECTROLYTE__HISTORY).isEmpty()) {
            if (electrolyte.getProcess() == org.interphase.model.ProcessKind.IN_SITU) {
                warning("a network polymerised in situ does not crystallise: its history ('"
                        + electrolyte.getHistory().getLiteral() + "') changes nothing", electrolyte,
                        ModelPackage.Literals.ELECTROLYTE__HISTORY, HISTORY_WITHOUT_CRYSTALS);
            }
        }
    }

    public static final String MORE_THAN_PURE_SALT = "org.interphase.dsl.moreThanPureSalt";
    public static final String COATING_THICKER_THAN_PARTICLES = "org.interphase.dsl.coatingThickerThanParticles";

    /**
     * A salt given as a concentration that the film cannot hold: more than the pure salt (SaltRatios.beyondPureSalt,
     * which the engine refuses with the same words; issue 12, item 7: 100 mol/kg of LiTFSI ran as 125 mol/L).
     */
    @Check
    public void checkSaltAmount(Salt salt) {
        if (!(salt.eContainer() instanceof Electrolyte electrolyte) || salt.getConcentration() == null
                || !QuantityValidator.sound(salt.getConcentration())) {
            return;
        }
        org.interphase.solver.cell.SaltRatios.beyondPureSalt(electrolyte, salt).ifPresent(
                m -> error(m, salt.getConcentration(), null, MORE_THAN_PURE_SALT));
    }

    /**
     * A coating on the particles thicker than their radius (the library's 'particle radius' of the cathode) is no
     * surface layer: the engine counts it as a thin shell on each particle (its area the particles'), so its numbers
     * mean little (issue 12, item 7: a 10 um LATP coating on 5 um particles ran as a lower resistance than none).
     */
    @Check
    public void checkCoatingThickness(Coating coating) {
        Quantity t = coating.getThickness();
        if (t == null || coating.getScope() == CoatingScope.ELECTRODE || !QuantityValidator.sound(t)
                || !(coating.eContainer() instanceof Electrode electrode)) {
            return;
        }
        java.util.Optional<Double> radius = org.interphase.solver.api.CellProperties.value(electrode.getMaterial(),
                "particle radius");
        if (radius.isPresent() && t.getSi() >= radius.get()) {
            warning(String.format(java.util.Locale.ROOT, "a coating of %s on the particles is as thick as their radius"
                    + " (%s um) or thicker: the engine models a thin shell on each particle, not particles embedded in"
                    + " the coating (write 'scope electrode' for a layer over the electrode)", Dimensions.shown(t),
                    Dimensions.trim(radius.get() * 1e6)), t, null, COATING_THICKER_THAN_PARTICLES);
        }
    }

    public static final String HISTORY_WITHOUT_CRYSTALS = "org.interphase.dsl.historyWithoutCrystals";

    @Check
    public void checkFillers(Electrolyte electrolyte) {
        double weight = 0;
        double volume = 0;
        for (Filler filler : electrolyte.getFillers()) {
            Quantity f = filler.getFraction();
            if (f == null || !Dimensions.matches(f, java.util.List.of("fraction"))) {
                continue;
            }
            if (f.getSi() > 1) {
                continue; // out of range on its own: QuantityValidator says so
            }
            if ("vol%".equals(f.getUnit())) {
                volume += f.getSi();
            } else {
                weight += f.getSi();
            }
            if (weight >= 1 || volume >= 1) {
                error(String.format(java.util.Locale.ROOT, "the fillers take %s of the electrolyte, leaving no polymer;"
                        + " their fractions must add up to less than 100 %%",
                        weight >= 1 ? Dimensions.trim(100 * weight) + " wt%" : Dimensions.trim(100 * volume) + " vol%"),
                        filler, ModelPackage.Literals.FILLER__FRACTION, NO_POLYMER_LEFT);
                return;
            }
        }
    }
}
