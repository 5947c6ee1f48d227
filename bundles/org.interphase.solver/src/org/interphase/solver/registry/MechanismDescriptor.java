package org.interphase.solver.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterDeclaration;

/**
 * A contributed mechanism as declared: readable without loading its class, which is created on
 * first use (and, if it cannot be, logged once and reported as absent).
 */
public final class MechanismDescriptor {

    private final String id;
    private final String name;
    private final String version;
    private final String description;
    private final InterfaceKind appliesTo;
    private final List<ParameterDeclaration> parameters;
    private final Function<Consumer<String>, Optional<Mechanism>> factory;
    private Optional<Mechanism> instance;
    private String loadProblem;
    private String contributor = "";
    private java.util.Map<String, ParameterRange> ranges = java.util.Map.of();

    MechanismDescriptor(String id, String name, String version, String description, InterfaceKind appliesTo,
            List<ParameterDeclaration> parameters, Function<Consumer<String>, Optional<Mechanism>> factory) {
        this.id = id;
        this.name = name;
        this.version = version;
        this.description = description;
        this.appliesTo = appliesTo;
        this.parameters = List.copyOf(parameters);
        this.factory = factory;
    }

    /** The bundle that contributed the mechanism ("" when not known). */
    public String contributor() {
        return contributor;
    }

    MechanismDescriptor contributedBy(String bundle) {
        this.contributor = bundle == null ? "" : bundle;
        return this;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String description() {
        return description;
    }

    /** The kind of interface the mechanism acts on. */
    public InterfaceKind appliesTo() {
        return appliesTo;
    }

    public List<ParameterDeclaration> parameters() {
        return parameters;
    }

    public Optional<ParameterDeclaration> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The literature range a parameter's contribution declares ({@code range="min to max"}), if any. */
    public Optional<ParameterRange> range(String parameterName) {
        return Optional.ofNullable(ranges.get(parameterName));
    }

    MechanismDescriptor withRanges(java.util.Map<String, ParameterRange> declared) {
        this.ranges = java.util.Map.copyOf(declared);
        return this;
    }

    /** The implementation, created on first call; empty if its class could not be created. */
    public synchronized Optional<Mechanism> mechanism() {
        if (instance == null) {
            instance = factory.apply(problem -> loadProblem = problem);
            if (instance.isEmpty() && loadProblem == null) {
                loadProblem = "its class could not be created";
            }
        }
        return instance;
    }

    /**
     * Why the implementation cannot be loaded (loading it if not yet done), or empty when it can: a
     * study with {@code mechanisms all} leaves such a mechanism out and says so.
     */
    public synchronized Optional<String> loadProblem() {
        mechanism();
        return Optional.ofNullable(loadProblem);
    }

    /** "mechanism id (from bundle) cannot be loaded: why", or empty when it loads. */
    public Optional<String> loadWarning() {
        return loadProblem().map(p -> "mechanism " + id + (contributor.isEmpty() ? "" : " (from " + contributor + ")")
                + " cannot be loaded: " + p);
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
