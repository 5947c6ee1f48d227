package org.interphase.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.interphase.model.Electrolyte;
import org.interphase.model.ModelPackage;
import org.interphase.model.Ratio;
import org.interphase.model.Solvent;

/**
 * Solvents of solvent-coordinated (quasi-ionic-liquid) electrolytes (issue 12 item 5a): each rule mirrors a
 * refusal of {@code org.interphase.solver.cell.Solvation#perLi}, which counts every solvent per Li for the salt
 * concentration and the ether coordination, or says that a solvent without an amount is not counted.
 */
public class SolventValidator extends TopicValidator {

    /** Solvation.perLi: "a solvent ratio X:Y cannot be turned into a volume; give it per Li". */
    @Check
    public void checkSolventRatio(Solvent solvent) {
        Ratio r = solvent.getRatio();
        if (r != null && r.getReference() != null && !"Li".equals(r.getReference())) {
            error("a solvent ratio " + shown(r.getSpecies()) + ":" + r.getReference()
                    + " cannot be turned into an amount; give it per Li (" + shown(r.getSpecies()) + ":Li)", r, null,
                    IssueCodes.ENGINE_REFUSES);
        }
        if (solvent.getFraction() != null && "mol%".equals(solvent.getFraction().getUnit())) {
            error("a solvent fraction in mol% cannot be counted per Li; give it per Li (e.g. 'ratio DME:Li 0.7'),"
                    + " in wt% or in vol%", solvent.getFraction(), null, IssueCodes.ENGINE_REFUSES);
        }
        if (r == null && solvent.getFraction() == null) {
            warning("the solvent has no amount and is not counted; give 'ratio DME:Li 0.7' (per Li) or"
                    + " 'fraction 10 wt%'", solvent, ModelPackage.Literals.COMPONENT__MATERIAL,
                    IssueCodes.MISSING_SALT_AMOUNT);
        }
    }

    /** Whether a rule here reports an error on the electrolyte's solvents (the engine's refusal is then not repeated). */
    static boolean refused(Electrolyte electrolyte) {
        for (Solvent s : electrolyte.getSolvents()) {
            Ratio r = s.getRatio();
            if (r != null && r.getReference() != null && !"Li".equals(r.getReference())
                    || s.getFraction() != null && "mol%".equals(s.getFraction().getUnit())) {
                return true;
            }
        }
        return fractionsFillEverything(electrolyte);
    }

    /** Solvation.perLi: "the solvents' fractions add up to 100 % or more", at the electrolyte. */
    @Check
    public void checkSolventFractions(Electrolyte electrolyte) {
        if (fractionsFillEverything(electrolyte)) {
            error("the solvents' fractions add up to 100 % or more: nothing is left for the polymer and the salt",
                    electrolyte, null, IssueCodes.ENGINE_REFUSES);
        }
    }

    private static boolean fractionsFillEverything(Electrolyte electrolyte) {
        double mass = 0;
        double volume = 0;
        for (Solvent s : electrolyte.getSolvents()) {
            if (s.getRatio() == null && s.getFraction() != null && !"mol%".equals(s.getFraction().getUnit())) {
                if ("vol%".equals(s.getFraction().getUnit())) {
                    volume += s.getFraction().getSi();
                } else {
                    mass += s.getFraction().getSi();
                }
            }
        }
        return mass >= 1 || volume >= 1;
    }
}
