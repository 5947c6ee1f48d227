package org.interphase.dsl.validation;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.interphase.model.CurrentDirection;
import org.interphase.model.CurrentStep;
import org.interphase.model.EveryStep;
import org.interphase.model.HoldStep;
import org.interphase.model.ImpedanceStep;
import org.interphase.model.ModelPackage;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.RepeatStep;
import org.interphase.model.Step;
import org.interphase.model.StopCondition;
import org.interphase.model.SweepStep;

/**
 * Protocols: steps that end, cut-off voltages in the right order, sweeps that go up, counts that
 * count, stop thresholds of the right kind.
 */
public class ProtocolValidator extends TopicValidator {

    @Check
    public void checkProtocol(Protocol protocol) {
        if (protocol.getSteps().isEmpty()) {
            warning(named("protocol", protocol.getName()) + " has no steps", protocol, ModelPackage.Literals.ELEMENT__NAME,
                    IssueCodes.STEP_WITHOUT_END);
        }
        checkVoltageWindow(protocol.getSteps());
    }

    /**
     * How deep repeat and every blocks may nest: real protocols nest two or three (a repeat with an
     * 'every' inside); a limit keeps the engine's recursion and the cycle count meaningful.
     */
    public static final int MAX_NESTING = 16;

    /** A repeat or every block nested deeper than {@link #MAX_NESTING}: one error, at the first such block. */
    @Check
    public void checkNesting(Step step) {
        if (!(step instanceof RepeatStep || step instanceof EveryStep)) {
            return;
        }
        int depth = 0;
        for (EObject o = step; o != null && !(o instanceof Protocol); o = o.eContainer()) {
            if (o instanceof RepeatStep || o instanceof EveryStep) {
                depth++;
            }
        }
        if (depth == MAX_NESTING + 1) {
            error("repeat and every blocks are nested more than " + MAX_NESTING + " deep here; at most " + MAX_NESTING
                    + " levels are allowed", step, null, IssueCodes.NESTED_TOO_DEEP);
        }
    }

    @Check
    public void checkRepeat(RepeatStep repeat) {
        if (repeat.getUntil() == null && repeat.getCount() < 1
                && countAsWritten(repeat, ModelPackage.Literals.REPEAT_STEP__COUNT)) {
            error("repeat count must be at least 1, got " + repeat.getCount(), repeat,
                    ModelPackage.Literals.REPEAT_STEP__COUNT, IssueCodes.BAD_COUNT);
        }
        if (repeat.getSteps().isEmpty()) {
            warning("repeat has no steps", repeat, null, IssueCodes.STEP_WITHOUT_END);
        }
        checkVoltageWindow(repeat.getSteps());
    }

    @Check
    public void checkEvery(EveryStep every) {
        if (every.getCycles() < 1 && countAsWritten(every, ModelPackage.Literals.EVERY_STEP__CYCLES)) {
            error("'every' needs at least 1 cycle, got " + every.getCycles(), every,
                    ModelPackage.Literals.EVERY_STEP__CYCLES, IssueCodes.BAD_COUNT);
        }
        Protocol protocol = EcoreUtil2.getContainerOfType(every, Protocol.class);
        if (protocol != null && EcoreUtil2.getAllContentsOfType(protocol, RepeatStep.class).isEmpty()) {
            warning("'every " + every.getCycles() + " cycles' has no cycles to count: the protocol has no 'repeat'",
                    every, null, IssueCodes.EVERY_WITHOUT_REPEAT);
        }
    }

    @Check
    public void checkCurrentStep(CurrentStep step) {
        if (step.getUntil() == null && step.getDuration() == null) {
            error(step.getDirection().getLiteral() + " never ends: give 'until <voltage>' or 'for <time>'", step,
                    ModelPackage.Literals.CURRENT_STEP__DIRECTION, IssueCodes.STEP_WITHOUT_END);
        }
    }

    @Check
    public void checkHold(HoldStep step) {
        if (step.getUntil() == null && step.getDuration() == null) {
            error("hold never ends: give 'until <current>' (e.g. until C/20) or 'for <time>'", step, null,
                    IssueCodes.STEP_WITHOUT_END);
        }
    }

    @Check
    public void checkSweep(SweepStep sweep) {
        Dimensions.notIncreasing(sweep.getFrom(), sweep.getTo(), "sweep")
                .ifPresent(m -> error(m, sweep.getFrom(), null, IssueCodes.SWEEP_START_ABOVE_END));
    }

    @Check
    public void checkImpedance(ImpedanceStep step) {
        if (step.getFrom() != null && step.getTo() != null && step.getFrom().getSi() == step.getTo().getSi()) {
            error("impedance needs two different frequencies", step.getTo(), null, IssueCodes.SWEEP_START_ABOVE_END);
        }
        if (step.getPointsPerDecade() < 1) {
            error("points per decade must be at least 1", step, ModelPackage.Literals.IMPEDANCE_STEP__POINTS_PER_DECADE,
                    IssueCodes.BAD_COUNT);
        }
    }

    @Check
    public void checkStop(StopCondition stop) {
        List<String> expected = switch (stop.getKind()) {
            case SHORT_CIRCUIT -> List.of();
            case CAPACITY_BELOW -> List.of("fraction");
            case VOLTAGE_BELOW, VOLTAGE_ABOVE -> List.of("voltage");
            case TIME_ABOVE -> List.of("time");
        };
        Quantity t = stop.getThreshold();
        if (t != null) {
            Dimensions.problem(t, expected, "the stop threshold")
                    .ifPresent(m -> error(m, t, null, IssueCodes.WRONG_DIMENSION, expected.toArray(String[]::new)));
        }
    }


    /** Every charge cut-off must lie above every discharge cut-off of the same loop. */
    private void checkVoltageWindow(EList<Step> steps) {
        List<CurrentStep> currents = steps.stream().filter(CurrentStep.class::isInstance).map(CurrentStep.class::cast)
                .filter(s -> s.getUntil() != null && Dimensions.matches(s.getUntil(), List.of("voltage"))).toList();
        for (CurrentStep discharge : currents) {
            if (discharge.getDirection() != CurrentDirection.DISCHARGE) {
                continue;
            }
            for (CurrentStep charge : currents) {
                if (charge.getDirection() == CurrentDirection.CHARGE
                        && discharge.getUntil().getSi() >= charge.getUntil().getSi()) {
                    error("inverted voltage window: the discharge cut-off " + Dimensions.shown(discharge.getUntil())
                            + " is not below the charge cut-off " + Dimensions.shown(charge.getUntil()),
                            discharge.getUntil(), null, IssueCodes.INVERTED_VOLTAGE_WINDOW);
                    break;
                }
            }
        }
    }

}
