package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.cell.LithiumAnode;
import org.interphase.solver.registry.MechanismDescriptor;

/**
 * Puts mechanisms to work on a cell: one process per mechanism and interface it applies to (the
 * interface kind it declares, see {@link #acts}, and its own test), with the declared defaults overridden by a
 * study's settings.
 */
public final class MechanismActivation {

    private MechanismActivation() {
    }

    /**
     * @param overrides per mechanism id, parameter name to SI value (from the study's settings)
     */
    public static List<ActiveMechanism> activate(Cell cell, List<MechanismDescriptor> descriptors,
            Map<String, Map<String, Double>> overrides) {
        return activate(cell, descriptors, overrides, new Watch());
    }

    /**
     * @param overrides per mechanism id, parameter name to SI value (from the study's settings)
     * @param watch     where the mechanisms' evaluations are marked for a watchdog
     */
    public static List<ActiveMechanism> activate(Cell cell, List<MechanismDescriptor> descriptors,
            Map<String, Map<String, Double>> overrides, Watch watch) {
        List<ActiveMechanism> active = new ArrayList<>();
        int offset = Simulation.firstMechanismOffset();
        for (MechanismDescriptor d : descriptors) {
            Mechanism mechanism = d.mechanism().orElseThrow(() -> new CellModelException("mechanism " + d.id()
                    + (d.contributor().isEmpty() ? "" : " (from " + d.contributor() + ")")
                    + " could not be loaded: its class is missing or cannot be created (the error log says why)"));
            ParameterValues values = values(d, overrides.getOrDefault(d.id(), Map.of()), overrides);
            for (CellInterface where : cell.getInterfaces()) {
                if (acts(d.appliesTo(), where) && applies(d, mechanism, where)) {
                    ActiveMechanism m = new ActiveMechanism(d.id(), where, create(d, mechanism, where, values), offset,
                            d.contributor(), watch);
                    offset += m.size();
                    active.add(m);
                }
            }
        }
        return active;
    }

    private static boolean applies(MechanismDescriptor d, Mechanism mechanism, CellInterface where) {
        try {
            return mechanism.appliesTo(where);
        } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
            throw new CellModelException(failed(d, "could not tell whether it applies to the " + where.getName()
                    + " interface", e));
        }
    }

    private static org.interphase.solver.api.InterfaceProcess create(MechanismDescriptor d, Mechanism mechanism,
            CellInterface where, ParameterValues values) {
        try {
            return java.util.Objects.requireNonNull(mechanism.create(where, values), "it created no process");
        } catch (CellModelException e) {
            throw e;
        } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
            throw new CellModelException(failed(d, "could not be set up on the " + where.getName() + " interface", e));
        }
    }

    private static String failed(MechanismDescriptor d, String what, Throwable e) {
        return "mechanism " + d.id() + (d.contributor().isEmpty() ? "" : " (from " + d.contributor() + ")") + " " + what
                + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * Whether a mechanism declared for one kind of interface acts on this one: the same kind, or a
     * lithium/electrolyte interface in the cathode's place (the working electrode of a symmetric
     * Li|Li cell is a lithium surface like the anode's).
     */
    public static boolean acts(InterfaceKind declared, CellInterface where) {
        if (where.getKind() == declared) {
            return true;
        }
        return declared == InterfaceKind.ANODE_ELECTROLYTE && where.getKind() == InterfaceKind.CATHODE_ELECTROLYTE
                && LithiumAnode.isLithium(where.getElectrode());
    }

    private static ParameterValues values(MechanismDescriptor d, Map<String, Double> overrides) {
        return values(d, overrides, Map.of());
    }

    private static ParameterValues values(MechanismDescriptor d, Map<String, Double> overrides,
            Map<String, Map<String, Double>> all) {
        for (String name : overrides.keySet()) {
            if (d.parameter(name).isEmpty()) {
                throw new CellModelException("mechanism " + d.id() + " has no parameter '" + name + "'");
            }
        }
        return new ParameterValues() {
            @Override
            public double get(String name) {
                ParameterDeclaration p = d.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                        "mechanism " + d.id() + " declares no parameter '" + name + "'"));
                return overrides.getOrDefault(name, p.defaultValue());
            }

            @Override
            public ParameterValues of(String mechanismId) {
                return find(mechanismId).orElseThrow(
                        () -> new IllegalArgumentException("mechanism " + mechanismId + " is not registered"));
            }

            @Override
            public java.util.Optional<ParameterValues> find(String mechanismId) {
                return org.interphase.solver.registry.MechanismRegistry.getDefault().get(mechanismId)
                        .map(other -> values(other, all.getOrDefault(mechanismId, Map.of()), all));
            }
        };
    }
}
