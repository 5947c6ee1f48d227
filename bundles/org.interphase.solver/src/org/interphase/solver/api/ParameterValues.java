package org.interphase.solver.api;

import org.interphase.solver.registry.MechanismRegistry;

/**
 * The values of a mechanism's declared parameters for one run: a study's override, else the default
 * declared in the contribution.
 *
 * @since 1.0
 */
public interface ParameterValues {

    /**
     * @param name a parameter the mechanism declares in its contribution
     * @return its value for this run, SI units
     * @throws IllegalArgumentException if the mechanism declares no such parameter
     */
    double get(String name);

    /**
     * The values another registered mechanism runs with in this study (its defaults with the study's
     * overrides), for a mechanism that follows another's rate (cathode_surface_damage follows
     * polymer_oxidation); an unknown id is an IllegalArgumentException.
     */
    default ParameterValues of(String mechanismId) {
        throw new IllegalArgumentException("no values of mechanism " + mechanismId + " are available here");
    }

    /**
     * The values another mechanism runs with in this study (its defaults with the study's overrides) where the
     * caller gives access to them, else its declared defaults (a unit test); empty when no mechanism of that
     * id is registered (its bundle is not installed). For a mechanism that follows another's rate or shares
     * another's material, without an exception for "absent".
     *
     * @param mechanismId id of a mechanism
     * @return its values, SI units, or empty
     * @since 1.4
     */
    default java.util.Optional<ParameterValues> find(String mechanismId) {
        return MechanismRegistry.getDefault().get(mechanismId).map(d -> defaults(mechanismId));
    }

    /**
     * The declared defaults of a registered mechanism (without any study's overrides), for a
     * mechanism that needs another's values where {@link #of(String)} has none (a unit test).
     *
     * @param mechanismId id of a registered mechanism
     * @return its defaults, SI units
     * @throws IllegalArgumentException if no mechanism of that id is registered
     */
    static ParameterValues defaults(String mechanismId) {
        var d = MechanismRegistry.getDefault().get(mechanismId).orElseThrow(
                () -> new IllegalArgumentException("no mechanism " + mechanismId + " is registered"));
        return name -> d.parameter(name).map(ParameterDeclaration::defaultValue).orElseThrow(
                () -> new IllegalArgumentException(mechanismId + " declares no parameter '" + name + "'"));
    }
}
