package org.interphase.dsl.ide.services;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.dsl.validation.IssueCodes;
import org.interphase.model.units.Units;

/**
 * The fixes of a problem, from its issue code and data (what the validator attached): the close
 * matches of an unknown material, the units of the dimension a quantity should have. Pure text
 * logic, shared by the editor's quick assist and the Problems view's quick fix.
 */
public final class QuickFixes {

    /** Replace the problem's text range by {@code replacement}. */
    public record Fix(String label, String replacement) {
    }

    /** A number as the grammar writes it, possibly negative, before the unit. */
    private static final Pattern NUMBER = Pattern.compile("^(-?\\s*\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*(.*)$", Pattern.DOTALL);

    private QuickFixes() {
    }

    /**
     * @param code  the issue code
     * @param data  the issue data
     * @param text  the text the problem spans
     */
    public static List<Fix> fixes(String code, String[] data, String text) {
        List<Fix> fixes = new ArrayList<>();
        if (code == null || data == null) {
            return fixes;
        }
        if (code.equals(IssueCodes.UNKNOWN_MATERIAL)) {
            for (String name : data) {
                fixes.add(new Fix("Change to '" + name + "'", name));
            }
        } else if (code.equals(IssueCodes.WRONG_DIMENSION)) {
            Matcher m = NUMBER.matcher(text.strip());
            if (!m.matches()) {
                return fixes; // a C-rate or something without a number: nothing to keep
            }
            Set<String> units = new LinkedHashSet<>();
            for (String dimension : data) {
                if (dimension.equals("c_rate")) {
                    continue;
                }
                try {
                    units.addAll(Units.common(dimension));
                } catch (RuntimeException e) {
                    // a dimension without common units: none proposed
                }
            }
            units.remove("C");
            for (String unit : units) {
                String replacement = unit.equals("%") ? m.group(1) + " %" : m.group(1) + " " + unit;
                fixes.add(new Fix("Change the unit to '" + unit + "' (" + replacement + ")", replacement));
            }
        }
        return fixes;
    }
}
