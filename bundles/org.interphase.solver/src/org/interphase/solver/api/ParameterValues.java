package org.interphase.solver.api;

/** The values of a mechanism's declared parameters for one run: a study's override, else the default. */
public interface ParameterValues {

    /** The value in SI units; a name the mechanism did not declare is an IllegalArgumentException. */
    double get(String name);
}
