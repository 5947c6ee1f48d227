package org.interphase.ui.results.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * The tick labels of an axis of whole numbers (cycles): a whole number as such, any other tick
 * unlabelled. Zoomed in, SWTChart puts ticks at 0.5 steps; with the format "0" they read "4" at
 * 3.5, and SWTChart, finding that the label parses back to another place than its tick, shows "..."
 * instead: the cycle axis read "3 ... 4 ... 5". An empty label is left as it is.
 */
final class WholeNumbers extends DecimalFormat {

    private static final long serialVersionUID = 1L;

    WholeNumbers() {
        super("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    @Override
    public StringBuffer format(double number, StringBuffer result, FieldPosition position) {
        if (!(Math.abs(number - Math.rint(number)) <= 1e-9 * Math.max(1, Math.abs(number)))) {
            return result;
        }
        return super.format(number, result, position);
    }
}
