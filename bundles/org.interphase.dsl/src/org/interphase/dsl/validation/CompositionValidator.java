package org.interphase.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.interphase.model.Electrolyte;
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
