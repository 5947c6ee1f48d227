package org.interphase.model.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.interphase.model.Cell;
import org.interphase.model.ModelPackage;

/**
 * Resolves a property path into a cell, as sweeps write it ({@code LagpLco.cathode.coating.thickness}):
 * each segment names a property (its model name, or the language's word: {@code coating} for the
 * cathode's coatings, {@code particle_size} for particleSize). A list property is entered when
 * the cell has exactly one element in it. The path must end at a value (a quantity or a number).
 */
public final class CellPaths {

    /** Annotation source holding the dimension names a quantity property accepts. */
    public static final String DIMENSION_ANNOTATION = "http://www.interphase.org/dimension";

    /**
     * Where a path leads.
     *
     * @param owner      the object holding the value
     * @param feature    the value's property (a Quantity containment or a double attribute)
     * @param dimensions the dimension names the value may have
     */
    public record Target(EObject owner, EStructuralFeature feature, List<String> dimensions) {
    }

    /**
     * Why a path does not resolve.
     *
     * @param segment index of the offending segment
     * @param message what is wrong, in the user's words
     */
    public record Failure(int segment, String message) {
    }

    /** Either a target or a failure. */
    public record Resolution(Target target, Failure failure) {
        public boolean ok() {
            return target != null;
        }
    }

    private CellPaths() {
    }

    public static Resolution resolve(Cell cell, List<String> path) {
        Objects.requireNonNull(cell);
        EObject current = cell;
        String where = cell.getName();
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            EStructuralFeature feature = find(current.eClass(), segment);
            if (feature == null) {
                return fail(i, "'" + segment + "' is not a property of " + describe(current) + " (known: "
                        + String.join(", ", names(current.eClass())) + ")");
            }
            boolean last = i == path.size() - 1;
            if (feature instanceof EAttribute attribute) {
                if (!last) {
                    return fail(i + 1, where + "." + segment + " is a value; nothing follows it");
                }
                if (attribute.getEType() != EcorePackage.Literals.EDOUBLE || attribute.isMany()) {
                    return fail(i, where + "." + segment + " is not a number that can be varied");
                }
                return new Resolution(new Target(current, feature, List.of("dimensionless")), null);
            }
            EReference reference = (EReference) feature;
            if (reference.getEReferenceType() == ModelPackage.Literals.QUANTITY) {
                if (!last) {
                    return fail(i + 1, where + "." + segment + " is a value; nothing follows it");
                }
                return new Resolution(new Target(current, feature, dimensions(feature)), null);
            }
            if (!reference.isContainment()) {
                return fail(i, where + "." + segment + " refers to a " + reference.getEReferenceType().getName()
                        .toLowerCase(Locale.ROOT) + "; vary its values in a material of its own");
            }
            Object value = current.eGet(feature);
            EObject next;
            if (reference.isMany()) {
                List<?> list = (List<?>) value;
                if (list.size() != 1) {
                    return fail(i, where + " has " + (list.isEmpty() ? "no" : list.size()) + " " + segment
                            + (list.isEmpty() ? "" : "s; the path must lead to exactly one"));
                }
                next = (EObject) list.get(0);
            } else {
                if (value == null) {
                    return fail(i, where + " has no " + segment);
                }
                next = (EObject) value;
            }
            if (last) {
                return fail(i, where + "." + segment + " is " + describe(next) + ", not a value; continue with one of: "
                        + String.join(", ", names(next.eClass())));
            }
            current = next;
            where = where + "." + segment;
        }
        return fail(0, "the path is empty");
    }

    private static Resolution fail(int segment, String message) {
        return new Resolution(null, new Failure(segment, message));
    }

    private static EStructuralFeature find(EClass type, String segment) {
        String wanted = segment.replace("_", "").toLowerCase(Locale.ROOT);
        for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
            if (f.isTransient() || f.isDerived()) {
                continue;
            }
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (name.equals(wanted) || (f.isMany() && name.equals(wanted + "s"))) {
                return f;
            }
        }
        return null;
    }

    private static List<String> names(EClass type) {
        List<String> names = new ArrayList<>();
        for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
            if (f.isTransient() || f.isDerived() || f instanceof EReference r && !r.isContainment()
                    || f instanceof EAttribute a && a.getEType() != EcorePackage.Literals.EDOUBLE) {
                continue;
            }
            String n = f.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            names.add(f.isMany() && n.endsWith("s") ? n.substring(0, n.length() - 1) : n);
        }
        return names;
    }

    private static List<String> dimensions(EStructuralFeature feature) {
        EAnnotation a = feature.getEAnnotation(DIMENSION_ANNOTATION);
        return a == null || a.getDetails().get("dimension") == null ? List.of()
                : List.of(a.getDetails().get("dimension").split(" "));
    }

    private static String describe(EObject object) {
        String n = object.eClass().getName().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(n.charAt(0)) >= 0 ? "an " : "a ") + n;
    }
}
