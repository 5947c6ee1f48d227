package org.interphase.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.interphase.model.Quantity;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;

/**
 * Expected dimensions of quantities, read from the model's {@code dimension} annotations, and the
 * wording of dimension problems.
 */
public final class Dimensions {

    /** Annotation source on model features that hold quantities. */
    public static final String ANNOTATION = "http://www.interphase.org/dimension";

    private Dimensions() {
    }

    /** The dimensions a feature's quantity may have, empty when the model does not say. */
    public static List<String> expected(EStructuralFeature feature) {
        EAnnotation a = feature.getEAnnotation(ANNOTATION);
        if (a == null || a.getDetails().get("dimension") == null) {
            return List.of();
        }
        return List.of(a.getDetails().get("dimension").split(" "));
    }

    /** The dimension of a written quantity. */
    public static Dimension of(Quantity q) {
        return Units.dimensionOf(q.getUnit()).orElse(null);
    }

    /** True if the quantity has one of the named dimensions. */
    public static boolean matches(Quantity q, List<String> names) {
        Dimension d = of(q);
        return d != null && names.stream().map(n -> Dimension.named(n).orElseThrow()).anyMatch(d::equals);
    }

    /**
     * A message if the quantity does not have one of the named dimensions: "thickness must be a
     * length (e.g. 50 um), not a voltage (V)".
     */
    public static Optional<String> problem(Quantity q, List<String> names, String what) {
        if (names.isEmpty() || matches(q, names)) {
            return Optional.empty();
        }
        Dimension d = of(q);
        String got;
        if (d == null) {
            got = "an unknown unit (" + q.getUnit() + ")";
        } else if (d.equals(Dimension.NONE)) {
            got = "a plain number or percentage (" + shown(q) + ")";
        } else if (d.name().isEmpty()) {
            got = "a quantity in " + q.getUnit().replace("·", " ") + " (" + shown(q) + ")";
        } else {
            got = article(d.describe()) + " (" + shown(q) + ")";
        }
        return Optional.of(what + " must be " + describe(names) + ", not " + got);
    }

    /** "a length (e.g. um)" or "a current density (e.g. mA/cm2), a C-rate (e.g. C/5) or a current (e.g. mA)". */
    public static String describe(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(i == names.size() - 1 ? " or " : ", ");
            }
            String n = names.get(i);
            b.append(article(label(n))).append(" (e.g. ").append(example(n)).append(')');
        }
        return b.toString();
    }

    /**
     * A message when a range does not go up: "sweep start 5.5 V is above its end 3.0 V; ...".
     * Quantities of different kinds are left to the dimension checks.
     */
    public static Optional<String> notIncreasing(Quantity from, Quantity to, String what) {
        if (from == null || to == null || !java.util.Objects.equals(of(from), of(to)) || from.getSi() < to.getSi()) {
            return Optional.empty();
        }
        return Optional.of(what + " start " + shown(from) + " is " + (from.getSi() == to.getSi() ? "equal to" : "above")
                + " its end " + shown(to) + "; the start must be the lower value");
    }

    private static String example(String dimensionName) {
        return switch (dimensionName) {
            case "c_rate" -> "C/5";
            case "dimensionless" -> "no unit";
            default -> Units.common(dimensionName).stream().findFirst().orElse("?");
        };
    }

    static String label(String dimensionName) {
        return switch (dimensionName) {
            case "c_rate" -> "C-rate";
            case "dimensionless" -> "plain number";
            default -> dimensionName.replace('_', ' ');
        };
    }

    /** "a length", "an area". */
    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** The quantity as the user wrote it ("3.0 V", "C/5"), or rebuilt from the model when it has no text. */
    public static String shown(Quantity q) {
        org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils
                .findActualNodeFor(q);
        if (node != null) {
            return org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(node);
        }
        return rebuilt(q);
    }

    private static String rebuilt(Quantity q) {
        String number = q.isSetDivisor() ? "C/" + trim(q.getDivisor()) : trim(q.getValue());
        if (q.isSetDivisor() || q.getUnit() == null || q.getUnit().isEmpty()) {
            return number;
        }
        return number + " " + q.getUnit().replace("·", " ");
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
