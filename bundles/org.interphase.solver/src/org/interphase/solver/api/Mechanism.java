package org.interphase.solver.api;

import org.interphase.model.CellInterface;

/**
 * A degradation mechanism, contributed through the extension point
 * {@code org.interphase.solver.mechanisms}. Its id, applicability (which kind of interface) and
 * parameters are declared in the contribution; the class says whether it acts on a particular
 * interface of a cell and creates the process that runs there.
 */
public interface Mechanism {

    /** Whether the mechanism acts on this interface of this cell (its kind already matches). */
    boolean appliesTo(CellInterface cellInterface);

    /** The process of this mechanism on one interface, for one run, with its parameter values. */
    InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters);
}
