package org.interphase.ui.results.internal;

import org.interphase.results.read.CellResult;
import org.interphase.results.read.StudyResult;

/**
 * What the result editor selects: a cell of a study (the element of its structured selection,
 * which the stack view follows).
 */
public record CellSelection(StudyResult study, CellResult cell) {
}
