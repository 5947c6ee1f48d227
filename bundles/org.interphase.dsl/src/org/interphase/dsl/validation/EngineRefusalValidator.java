package org.interphase.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.interphase.model.Cell;
import org.interphase.model.CurrentDirection;
import org.interphase.model.CurrentStep;
import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.HoldStep;
import org.interphase.model.ImpedanceStep;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.ModelPackage;
import org.interphase.model.Parameter;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.RepeatStep;
import org.interphase.model.RestStep;
import org.interphase.model.Salt;
import org.interphase.model.Step;
import org.interphase.model.StopCondition;
import org.interphase.model.StopKind;
import org.interphase.model.Study;
import org.interphase.model.SweepStep;
import org.interphase.model.TemperatureStep;
import org.interphase.model.parameters.Materials;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.solver.cell.Cathode;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.cell.LithiumAnode;
import org.interphase.solver.cell.PolymerElectrolyte;

/**
 * What the engine refuses, said by the checker first and at its place (issues 14 and 16): each rule
 * here mirrors one refusal of the solver (the class and message it throws are named beside it), so
 * that a file that checks clean does not fail when it runs. {@code EngineRefusalsTest} holds the
 * list of refusals and tests each both ways. Also warns of protocols the physics doubts ({@link ProtocolDoubts}): a
 * polymer cycled far below its melting point above its limiting current, lithium plated above the limiting current,
 * a step slower than the engine's longest step.
 */
public class EngineRefusalValidator extends TopicValidator {

    /**
     * How far below its melting point a semicrystalline polymer counts as far below, K: PEO (melting
     * at 60 °C) is cycled at 40-60 °C in most reports and at 30 °C in some; below 10 °C it is mostly
     * crystalline and its cells are not cycled at useful currents.
     */
    static final double FAR_BELOW_MELTING_K = 50;
    /** The engine's temperature before the protocol sets one (ProtocolRunner.DEFAULT_TEMPERATURE), K. */
    static final double DEFAULT_TEMPERATURE = PhysicalConstants.ROOM_TEMPERATURE;

    /** Composite.of: "filler X needs a fraction and a particle size". */
    @Check
    public void checkFiller(Filler filler) {
        if (filler.getFraction() == null || filler.getParticleSize() == null) {
            List<String> missing = new ArrayList<>();
            if (filler.getFraction() == null) {
                missing.add("a fraction (e.g. 'fraction 5 wt%')");
            }
            if (filler.getParticleSize() == null) {
                missing.add("a particle size (e.g. 'particle size 50 nm')");
            }
            error("the filler needs " + String.join(" and ", missing) + ": the engine models its particles from both",
                    filler, ModelPackage.Literals.COMPONENT__MATERIAL, IssueCodes.ENGINE_REFUSES);
        }
    }

    /** PolymerElectrolyte.of: no thickness, a ratio other than EO:Li, no salt amount at all. */
    @Check
    public void checkElectrolyteForEngine(Electrolyte electrolyte) {
        if (electrolyte.getPolymer() != null && electrolyte.getThickness() == null) {
            error("the electrolyte has no thickness (write e.g. 'thickness 50 um'): its resistance needs one", electrolyte,
                    null, IssueCodes.ENGINE_REFUSES);
        }
        for (Salt salt : electrolyte.getSalts()) {
            if (salt.getRatio() != null && salt.getRatio().getSpecies() != null
                    && !"EO".equals(salt.getRatio().getSpecies())) {
                error("a salt ratio " + salt.getRatio().getSpecies() + ":" + shown(salt.getRatio().getReference())
                        + " cannot be turned into a concentration; give EO:Li or 'concentration'", salt.getRatio(), null,
                        IssueCodes.ENGINE_REFUSES);
            }
        }
        boolean anyAmount = electrolyte.getSalts().stream()
                .anyMatch(s -> s.getRatio() != null || s.getConcentration() != null);
        if (electrolyte.getPolymer() != null && !anyAmount) {
            error("the electrolyte has no salt amount: give a salt with 'ratio EO:Li 20' or 'concentration 1 mol/kg'",
                    electrolyte, null, IssueCodes.ENGINE_REFUSES);
        }
    }

    /**
     * OcvCurve: "an OCV curve needs at least two points", at the material's one point (a material
     * without any is reported where a cell uses it, with the rest of what it lacks).
     */
    @Check
    public void checkOcvCurve(Material material) {
        refuse(shortOcv(material), "an OCV curve needs at least two points: the engine interpolates between them;"
                + " add another 'open circuit voltage at X %'");
    }

    /** ConductivityLaw.of: "the VFT parameters must be given at the same EO:Li ratios", at the first odd one. */
    @Check
    public void checkVftRatios(Material material) {
        refuse(vftMismatch(material), "the VFT parameters must be given at the same EO:Li ratios: the prefactor,"
                + " activation temperature and reference temperature of one fit share its ratio");
    }

    /** An error on a parameter the engine would refuse, when there is one (null: nothing to say). */
    private void refuse(Parameter at, String message) {
        if (at != null) {
            error(message, at, null, IssueCodes.ENGINE_REFUSES);
        }
    }

    /**
     * ProtocolWalk.repeat: "a repetition of the repeat block takes no time: it would never end" (a
     * repeat of impedance and temperature steps only, or of rests of no time).
     */
    @Check
    public void checkRepeatTakesTime(RepeatStep repeat) {
        if (repeat.eResource() != null && !repeat.eResource().getErrors().isEmpty() || tooDeep(repeat)) {
            return; // a text that does not parse, or nests too deep, has blocks cut short: reported as such
        }
        for (EObject o : (Iterable<EObject>) repeat::eAllContents) {
            if (o instanceof CurrentStep || o instanceof HoldStep || o instanceof SweepStep
                    || o instanceof RestStep r && (r.getDuration() == null || !(r.getDuration().getSi() <= 0))) {
                return;
            }
        }
        error("a repetition of the repeat block takes no time: it would never end; repeat a step that takes time"
                + " (a current step, a hold, a sweep or a rest)", repeat, null, IssueCodes.ENGINE_REFUSES);
    }

    /** Whether blocks in or around the repeat nest deeper than ProtocolValidator allows (the parser empties them). */
    private static boolean tooDeep(RepeatStep repeat) {
        int depth = 0;
        for (EObject o = repeat; o != null && !(o instanceof Protocol); o = o.eContainer()) {
            depth += o instanceof RepeatStep || o instanceof org.interphase.model.EveryStep ? 1 : 0;
        }
        for (EObject o : (Iterable<EObject>) repeat::eAllContents) {
            int d = depth;
            for (EObject up = o; up != repeat; up = up.eContainer()) {
                d += up instanceof RepeatStep || up instanceof org.interphase.model.EveryStep ? 1 : 0;
            }
            if (d > ProtocolValidator.MAX_NESTING) {
                return true;
            }
        }
        return depth > ProtocolValidator.MAX_NESTING;
    }

    /** The only own point of a one-point OCV curve of the material, or null. */
    static Parameter shortOcv(Material material) {
        List<Parameter> curve = Materials.curve(material, "open circuit voltage");
        return curve.size() == 1 && curve.get(0).eContainer() == material ? curve.get(0) : null;
    }

    /** The first of the material's own VFT parameters at a ratio the others lack, when the engine refuses them. */
    static Parameter vftMismatch(Material material) {
        List<List<Parameter>> fits = List.of(Materials.curve(material, "vft prefactor"),
                Materials.curve(material, "vft activation temperature"), Materials.curve(material, "vft reference temperature"));
        int n = fits.get(0).size();
        if (n == 0 || fits.stream().anyMatch(f -> f.size() != n)) {
            return null; // the engine then uses the measured points (ConductivityLaw.of)
        }
        for (int i = 0; i < n; i++) {
            for (List<Parameter> f : fits) {
                if (f.get(i).getCondition().getSi() != fits.get(0).get(i).getCondition().getSi()) {
                    int at = i;
                    return fits.stream().map(g -> g.get(at)).filter(p -> p.eContainer() == material)
                            .reduce((a, b) -> b).orElse(null);
                }
            }
        }
        return null;
    }

    /** The refusals of the runners, for each cell of a study with the study's protocol. */
    @Check
    public void checkStudyForEngine(Study study) {
        Protocol protocol = study.getProtocol();
        if (protocol == null || protocol.eIsProxy()) {
            return;
        }
        for (int i = 0; i < study.getCells().size(); i++) {
            Cell cell = study.getCells().get(i);
            if (cell == null || cell.eIsProxy() || cell.getCathode() == null || cell.getCathode().getMaterial() == null
                    || cell.getCathode().getMaterial().eIsProxy() || cell.getAnode() == null
                    || cell.getAnode().getMaterial() == null || cell.getAnode().getMaterial().eIsProxy()
                    || cell.getElectrolyte() == null) {
                continue; // a missing or unknown part is reported where it is missing
            }
            if (!fits(cell.getCathode()) || !fits(cell.getAnode())) {
                continue; // a material in the wrong slot is reported there (CellValidator.checkRole)
            }
            String refusal = refusal(cell, protocol);
            if (refusal != null) {
                error(refusal, study, ModelPackage.Literals.STUDY__CELLS, i, IssueCodes.ENGINE_REFUSES);
            } else {
                String doubt = ProtocolDoubts.doubt(cell, protocol);
                if (doubt != null) {
                    warning(doubt, study, ModelPackage.Literals.STUDY__CELLS, i, IssueCodes.DOUBTFUL_PROTOCOL);
                }
            }
        }
    }

    private static boolean fits(org.interphase.model.Component component) {
        return component.getMaterial().getRoles().stream().anyMatch(CellValidator.allowedRoles(component)::contains);
    }

    /** The first thing the engine refuses in running this cell with this protocol, or null. */
    static String refusal(Cell cell, Protocol protocol) {
        String name = shown(cell.getName());
        boolean storesLithium = cell.getCathode().getMaterial().getRoles().contains(MaterialRole.CATHODE);
        List<Step> steps = leaves(protocol);
        if (storesLithium) {
            // StudyRunner -> ProtocolRunner -> CellModel.of -> LithiumAnode.of
            if (!LithiumAnode.isLithium(cell.getAnode())) {
                return "cell " + name + ": the anode " + materialName(cell.getAnode().getMaterial())
                        + " is not lithium, and a cell with a " + materialName(cell.getCathode().getMaterial())
                        + " cathode runs as a Li-metal cell (any protocol, impedance too)";
            }
            for (Step s : steps) { // ProtocolRunner.single
                if (s instanceof CurrentStep c && (c.getDirection() == CurrentDirection.PLATE
                        || c.getDirection() == CurrentDirection.STRIP)) {
                    return at(s) + "plate and strip steps need a Li|Li cell; " + name + " has a "
                            + materialName(cell.getCathode().getMaterial()) + " cathode";
                }
            }
            return modelRefusal(cell, protocol, true);
        }
        if (LithiumAnode.isLithium(cell.getCathode())) {
            // SymmetricCellRunner
            if (!LithiumAnode.isLithium(cell.getAnode())) {
                return "cell " + name + " has a lithium working electrode, so it runs as a symmetric Li|electrolyte|Li"
                        + " cell, but its anode " + materialName(cell.getAnode().getMaterial()) + " is not lithium";
            }
            for (EObject o : (Iterable<EObject>) protocol::eAllContents) {
                if (o instanceof StopCondition stop && stop.getKind() == StopKind.CAPACITY_BELOW) {
                    return at(stop) + "'stop when capacity below' has no meaning for the symmetric Li|Li cell " + name
                            + ": it has no capacity to lose";
                }
            }
            for (Step s : steps) {
                if (s instanceof CurrentStep c) {
                    if (c.getDirection() == CurrentDirection.CHARGE || c.getDirection() == CurrentDirection.DISCHARGE) {
                        return at(s) + "cell " + name + " is a symmetric Li|Li cell: it plates and strips lithium; '"
                                + c.getDirection().getLiteral() + "' needs a cathode that stores lithium";
                    }
                    if (c.getRate() != null && Dimension.C_RATE.equals(Dimensions.of(c.getRate()))) {
                        return at(s) + "a C-rate has no meaning for the symmetric Li|Li cell " + name
                                + ": give a current density such as 0.1 mA/cm2";
                    }
                } else if (!(s instanceof RestStep || s instanceof ImpedanceStep || s instanceof TemperatureStep)) {
                    return at(s) + "a " + kind(s) + " step cannot run on the symmetric Li|Li cell " + name
                            + " (it can plate, strip, rest, set temperatures and measure impedance)";
                }
            }
            return modelRefusal(cell, protocol, false);
        }
        // StaticCellRunner: a working electrode that stores no lithium; its steps are not repeated
        for (Step s : protocol.getSteps()) {
            if (!(s instanceof TemperatureStep || s instanceof SweepStep || s instanceof ImpedanceStep
                    || s instanceof RestStep)) {
                return at(s) + "cell " + name + " has a " + materialName(cell.getCathode().getMaterial())
                        + " working electrode, which stores no lithium: its protocol can sweep, measure impedance,"
                        + " rest and set temperatures, but not " + kind(s);
            }
        }
        return null;
    }

    /**
     * What the engine's own cell model refuses (CellModel.of, Cathode.of, LithiumAnode.of,
     * PolymerElectrolyte.of and its conductivity at each temperature of the protocol): the same code
     * is asked, so the message is the engine's. A user's material without a parameter the model needs
     * and a temperature at or below the polymer's VFT reference temperature are found here; what is
     * reported on the electrolyte's own parts ({@link #checkElectrolyteForEngine}, {@link #checkFiller})
     * is left to them.
     */
    static String modelRefusal(Cell cell, Protocol protocol, boolean storesLithium) {
        Electrolyte e = cell.getElectrolyte();
        if (e.getPolymer() == null || e.getThickness() == null
                || e.getFillers().stream().anyMatch(f -> f.getFraction() == null || f.getParticleSize() == null)
                || e.getSalts().stream().noneMatch(s -> s.getRatio() != null || s.getConcentration() != null)
                || e.getSalts().stream().anyMatch(s -> s.getRatio() != null && !"EO".equals(s.getRatio().getSpecies()))
                || !e.eResource().getErrors().isEmpty() || !sound(cell) || leavesNoPolymer(e) || SolventValidator.refused(e)
                || shortOcv(cell.getCathode().getMaterial()) != null || vftMismatch(e.getPolymer().getMaterial()) != null
                || e.getFillers().stream().anyMatch(f -> MaterialValidator.severalInterfacialResistances(f.getMaterial()) != null)) {
            return null; // reported on the cell's parts, or the text does not parse
        }
        String name = shown(cell.getName());
        try {
            if (storesLithium) {
                Cathode.of(cell.getCathode());
                LithiumAnode.of(cell.getAnode());
            } else {
                LithiumAnode.of(cell.getCathode());
                LithiumAnode.of(cell.getAnode());
            }
            PolymerElectrolyte electrolyte = PolymerElectrolyte.of(e);
            List<Double> temperatures = new ArrayList<>();
            temperatures.add(DEFAULT_TEMPERATURE);
            for (EObject o : (Iterable<EObject>) protocol::eAllContents) {
                if (o instanceof TemperatureStep t && t.getTemperature() != null && t.getTemperature().getSi() > 0) {
                    temperatures.add(t.getTemperature().getSi());
                }
            }
            // the engine starts at the protocol's first top-level temperature, else at 25 °C
            if (protocol.getSteps().stream().anyMatch(TemperatureStep.class::isInstance)) {
                temperatures.remove(0);
            }
            for (double t : temperatures) {
                electrolyte.resistance(t);
            }
        } catch (CellModelException | IllegalArgumentException ex) {
            return "cell " + name + " cannot be run: " + ex.getMessage();
        }
        return null;
    }

    /** What CompositionValidator reports on the electrolyte: a scaffold without pores, fillers that fill it, too much salt. */
    private static boolean leavesNoPolymer(Electrolyte e) {
        if (e.getSalts().stream().anyMatch(salt -> org.interphase.solver.cell.SaltRatios.beyondPureSalt(e, salt).isPresent())) {
            return true;
        }
        if (e.getScaffold() != null && e.getScaffold().getPorosity() != null && e.getScaffold().getPorosity().getSi() == 0) {
            return true;
        }
        double weight = 0;
        double volume = 0;
        for (Filler f : e.getFillers()) {
            if ("vol%".equals(f.getFraction().getUnit())) {
                volume += f.getFraction().getSi();
            } else {
                weight += f.getFraction().getSi();
            }
        }
        return weight >= 1 || volume >= 1;
    }

    /** No part of the cell has an error of its own: every material fits its slot, every number is sound. */
    static boolean sound(Cell cell) {
        for (EObject o : (Iterable<EObject>) cell::eAllContents) {
            if (o instanceof org.interphase.model.Component c && (c.getMaterial() == null || c.getMaterial().eIsProxy()
                    || !fits(c))) {
                return false;
            }
            if (o instanceof org.interphase.model.Ratio r && !(r.getValue() > 0 && r.getValue() <= PhysicalRanges.MAX_RATIO)) {
                return false;
            }
            if (o instanceof Quantity q && !QuantityValidator.sound(q)) {
                return false;
            }
        }
        return cell.getArea() == null || QuantityValidator.sound(cell.getArea());
    }

    /** The steps that act, in order, inside repeat and every blocks too. */
    static List<Step> leaves(Protocol protocol) {
        List<Step> steps = new ArrayList<>();
        for (EObject o : (Iterable<EObject>) protocol::eAllContents) {
            if (o instanceof Step s && !(o instanceof org.interphase.model.RepeatStep)
                    && !(o instanceof org.interphase.model.EveryStep) && !(o instanceof StopCondition)) {
                steps.add(s);
            }
        }
        return steps;
    }

    private static String kind(EObject step) {
        if (step instanceof HoldStep) {
            return "hold";
        }
        return step.eClass().getName().replace("Step", "").replace("Condition", " condition").toLowerCase(Locale.ROOT);
    }

    static String materialName(org.interphase.model.Material m) {
        return m == null || m.eIsProxy() ? "(unresolved)" : shown(m.getName());
    }

    /** "protocol P line 7: " so that the message points at the step as well. */
    static String at(EObject step) {
        var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(step);
        Protocol p = org.eclipse.xtext.EcoreUtil2.getContainerOfType(step, Protocol.class);
        return (p == null ? "" : named("protocol", p.getName())) + (node == null ? "" : " line " + node.getStartLine())
                + ": ";
    }
}
