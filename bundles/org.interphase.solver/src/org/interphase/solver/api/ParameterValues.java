package org.interphase.solver.api;

/** The values of a mechanism's declared parameters for one run: a study's override, else the default. */
public interface ParameterValues {

    /** The value in SI units; a name the mechanism did not declare is an IllegalArgumentException. */
    double get(String name);

    /**
     * The values another registered mechanism runs with in this study (its defaults with the study's
     * overrides), for a mechanism that follows another's rate (cathode_surface_damage follows
     * polymer_oxidation); an unknown id is an IllegalArgumentException.
     */
    default ParameterValues of(String mechanismId) {
        throw new IllegalArgumentException("no values of mechanism " + mechanismId + " are available here");
    }
}
