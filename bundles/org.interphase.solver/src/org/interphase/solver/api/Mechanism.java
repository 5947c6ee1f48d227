package org.interphase.solver.api;

import org.interphase.model.CellInterface;

/**
 * A degradation mechanism, contributed through the extension point
 * {@code org.interphase.solver.mechanisms}. Its id, applicability (which kind of interface) and
 * parameters are declared in the contribution; the class says whether it acts on a particular
 * interface of a cell and creates the process that runs there.
 *
 * <p>The class needs a public no-argument constructor. One instance serves every run (possibly
 * several at once, on different threads), so keep per-run state in the {@link InterfaceProcess}
 * that {@link #create} returns, not in fields of the mechanism.
 *
 * <p>A plug-in reads the cell through the model's interfaces ({@code org.interphase.model}, getters
 * only) and {@link CellProperties}, and uses {@link Physics} for constants.
 *
 * @since 1.0
 */
public interface Mechanism {

    /**
     * Whether the mechanism acts on this interface of this cell: for a study with
     * {@code mechanisms all}, a mechanism that applies to no interface of a cell is not run on it.
     *
     * @param cellInterface an interface whose kind already matches the contribution's {@code interface}
     * @return true if the mechanism acts there (a throw counts as false)
     */
    boolean appliesTo(CellInterface cellInterface);

    /**
     * The process of this mechanism on one interface, for one run.
     *
     * @param cellInterface the interface it acts on
     * @param parameters    the values of the declared parameters for this run
     * @return a new process; a throw (e.g. a material parameter the mechanism needs is missing) fails
     *         the run with the exception's message
     */
    InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters);
}
