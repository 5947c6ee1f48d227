package org.interphase.ui.editor.internal;

import org.eclipse.jface.text.source.Annotation;

/** A problem found while typing, with the code and data for quick fixes. */
public final class CellProblemAnnotation extends Annotation {

    public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

    private final String code;
    private final String[] data;

    CellProblemAnnotation(boolean error, String message, String code, String[] data) {
        super(error ? ERROR : WARNING, false, message);
        this.code = code;
        this.data = data == null ? new String[0] : data.clone();
    }

    public boolean isError() {
        return ERROR.equals(getType());
    }

    public String code() {
        return code;
    }

    public String[] data() {
        return data.clone();
    }
}
