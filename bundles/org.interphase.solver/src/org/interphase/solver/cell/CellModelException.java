package org.interphase.solver.cell;

/** A cell that the model cannot describe (a needed value is missing or unphysical). */
public class CellModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CellModelException(String message) {
        super(message);
    }
}
