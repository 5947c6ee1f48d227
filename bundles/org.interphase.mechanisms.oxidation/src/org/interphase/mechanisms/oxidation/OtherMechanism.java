package org.interphase.mechanisms.oxidation;

import org.interphase.solver.api.ParameterValues;

/** The values of another mechanism that a mechanism of this bundle follows or shares a material with. */
final class OtherMechanism {

    private OtherMechanism() {
    }

    /**
     * The values the mechanism of this id runs with in this study (its defaults with the study's overrides; its
     * declared defaults where the caller gives no access to other mechanisms' values).
     *
     * @throws IllegalStateException naming both when no mechanism of that id is installed
     */
    static ParameterValues values(ParameterValues own, String mechanismId, String asking) {
        return own.find(mechanismId).orElseThrow(() -> new IllegalStateException(
                asking + " needs the values of " + mechanismId + ", which is not installed"));
    }
}
