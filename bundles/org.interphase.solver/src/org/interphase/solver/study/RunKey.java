package org.interphase.solver.study;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.model.Cell;
import org.interphase.model.ModelPackage;
import org.interphase.model.Study;
import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.registry.MechanismDescriptor;

/**
 * What one cell of a study depends on, written out as a normalised text and hashed: the result
 * cache's key ({@code provenance.model_sha256} of summary.json).
 * <p>
 * The text is built from the model, not from the files: the study (its name, protocol, mechanism
 * settings and report items, but not its list of cells, so adding a cell to a study leaves the
 * others' keys alone, nor its uncertainty clause, whose samples are runs with keys of their own), the cell, and every declaration they reach through references (the
 * protocol, the materials, a material's {@code based on}), each written once with all its
 * attributes and contained objects, in the order the model declares its features. Derived and
 * transient features (the cell's interfaces, a quantity's SI value) follow from the others and are
 * left out. Then the product version and, for every mechanism that will run, its id, version and
 * the value of each of its parameters (default or the study's setting). Whitespace, comments, the
 * order of declarations in a file and declarations the cell does not use do not change the key;
 * any value the run reads does.
 *
 * @param sha256    the key, 64 hex digits
 * @param text      the normalised text the key is the hash of (for tests and for looking into a key)
 * @param resources the resources (files) whose declarations the run uses
 */
public record RunKey(String sha256, String text, Set<Resource> resources) {

    /** The key of a cell of a study run with these mechanisms and parameter values. */
    static RunKey of(Study study, Cell cell, String productVersion, List<MechanismDescriptor> mechanisms,
            String mechanismError, Map<String, Map<String, Double>> overrides) {
        Writer w = new Writer();
        w.out.append("interphase-run-key 1\n");
        w.out.append("product ").append(productVersion).append('\n');
        if (mechanismError != null) {
            w.out.append("mechanisms-error ").append(quote(mechanismError)).append('\n');
        }
        for (MechanismDescriptor d : mechanisms) {
            w.out.append("mechanism ").append(d.id()).append(' ').append(d.version()).append('\n');
            for (ParameterDeclaration p : d.parameters()) {
                double si = overrides.getOrDefault(d.id(), Map.of()).getOrDefault(p.name(), p.defaultValue());
                w.out.append("  ").append(p.name()).append(" = ").append(Double.toString(si)).append('\n');
            }
        }
        w.out.append("study ");
        // not what a run depends on: the cells (each has its own key) and the uncertainty clause (samples are runs of their own)
        w.object(study, Set.of(ModelPackage.Literals.STUDY__CELLS, ModelPackage.Literals.STUDY__UNCERTAINTY_SAMPLES,
                ModelPackage.Literals.STUDY__UNCERTAINTY_SEED));
        w.out.append("\ncell ");
        w.object(cell, Set.of());
        w.out.append('\n');
        // the declarations reached through references, in the order they were first met
        while (!w.pending.isEmpty()) {
            EObject declaration = w.pending.poll();
            w.out.append('#').append(w.ids.get(declaration)).append(' ');
            w.object(declaration, Set.of());
            w.out.append('\n');
        }
        Set<Resource> resources = new LinkedHashSet<>();
        for (EObject o : w.reached) {
            if (o.eResource() != null) {
                resources.add(o.eResource());
            }
        }
        String text = w.out.toString();
        return new RunKey(sha256(text), text, resources);
    }

    /**
     * This key with a line added to its text, and the hash of the new text: for what a run's folder
     * depends on outside the model, such as the SHA-256 of the measured data a study compares with.
     */
    public RunKey with(String line) {
        String more = text + line + "\n";
        return new RunKey(sha256(more), more, resources);
    }

    private static final class Writer {
        final StringBuilder out = new StringBuilder();
        final Map<EObject, Integer> ids = new IdentityHashMap<>();
        final Deque<EObject> pending = new ArrayDeque<>();
        final Set<EObject> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        void object(EObject o, Set<EStructuralFeature> skip) {
            reached.add(o);
            out.append(o.eClass().getName()).append('{');
            for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
                if (f.isTransient() || f.isDerived() || skip.contains(f)) {
                    continue;
                }
                out.append(f.getName()).append('=');
                Object value = o.eGet(f, true);
                List<?> values = f.isMany() ? (List<?>) value : null;
                if (f instanceof EAttribute) {
                    if (values != null) {
                        out.append('[');
                        values.forEach(v -> out.append(attribute(v)).append(','));
                        out.append(']');
                    } else {
                        out.append(attribute(value));
                    }
                } else {
                    EReference r = (EReference) f;
                    if (values != null) {
                        out.append('[');
                        values.forEach(v -> {
                            reference(r, (EObject) v);
                            out.append(',');
                        });
                        out.append(']');
                    } else {
                        reference(r, (EObject) value);
                    }
                }
                out.append(';');
            }
            out.append('}');
        }

        private void reference(EReference r, EObject target) {
            if (target == null) {
                out.append("null");
            } else if (r.isContainment()) {
                object(target, Set.of());
            } else if (target.eIsProxy()) {
                // validation reports unresolved references before anything runs; kept distinct anyway
                out.append("unresolved:").append(quote(String.valueOf(((org.eclipse.emf.ecore.InternalEObject) target)
                        .eProxyURI())));
            } else {
                Integer id = ids.get(target);
                if (id == null) {
                    id = ids.size() + 1;
                    ids.put(target, id);
                    pending.add(target);
                }
                out.append('#').append(id);
            }
        }
    }

    private static String attribute(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String s) {
            return quote(s);
        } else if (v instanceof Double d) {
            return Double.toString(d); // the exact double: 20 nm and 20.0 nm are equal, 20 and 20.000001 are not
        } else if (v instanceof Enumerator e) {
            return e.getLiteral();
        }
        return String.valueOf(v);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
