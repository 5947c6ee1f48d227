package org.interphase.solver.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.interphase.model.InterfaceKind;
import org.interphase.model.units.Units;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterDeclaration;

/**
 * Reads the contributions to {@value #EXTENSION_POINT}: the one place that knows the schema. The
 * Equinox extension registry is there in the workbench, in the headless command and in tests, so
 * discovery is the same everywhere. A broken contribution (missing attribute, unknown interface,
 * unparsable default, duplicate id, class that cannot be created) is logged and skipped.
 */
public final class MechanismRegistry {

    public static final String EXTENSION_POINT = "org.interphase.solver.mechanisms";
    /** The namespace of {@link #EXTENSION_POINT}: its registry change events are filtered by it. */
    private static final String NAMESPACE = "org.interphase.solver";

    static final String MECHANISM = "mechanism";
    static final String PARAMETER = "parameter";
    static final String ATT_ID = "id";
    static final String ATT_NAME = "name";
    static final String ATT_CLASS = "class";
    static final String ATT_INTERFACE = "interface";
    static final String ATT_VERSION = "version";
    static final String ATT_DESCRIPTION = "description";
    static final String ATT_DEFAULT = "default";
    static final String ATT_RANGE = "range";

    private static MechanismRegistry instance;

    private final Map<String, MechanismDescriptor> mechanisms;

    private MechanismRegistry(Map<String, MechanismDescriptor> mechanisms) {
        this.mechanisms = Collections.unmodifiableMap(mechanisms);
    }

    private static boolean listening;

    /**
     * The registry of the running platform, read again after bundles that contribute to the
     * extension point come or go (a plug-in installed into a running product or workbench).
     */
    public static synchronized MechanismRegistry getDefault() {
        if (instance == null) {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            instance = read(registry);
            if (registry != null && !listening) {
                // extensions to the points of the solver's namespace came or went: the mechanisms' point among them
                registry.addRegistryChangeListener(event -> reset(), NAMESPACE);
                listening = true;
            }
        }
        return instance;
    }

    /**
     * Forgets what was read, so that the next {@link #getDefault()} reads the extension registry
     * again: for who has just installed bundles (the registry's change events come asynchronously).
     */
    public static synchronized void reset() {
        instance = null;
    }

    static MechanismRegistry read(IExtensionRegistry registry) {
        Map<String, MechanismDescriptor> found = new LinkedHashMap<>();
        if (registry == null) {
            return new MechanismRegistry(found);
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!MECHANISM.equals(element.getName())) {
                continue;
            }
            try {
                MechanismDescriptor d = descriptor(element).contributedBy(element.getContributor().getName());
                if (found.putIfAbsent(d.id(), d) != null) {
                    throw new IllegalArgumentException("mechanism id '" + d.id() + "' is contributed twice");
                }
            } catch (IllegalArgumentException e) {
                warn("Skipped a mechanism contributed by " + element.getContributor().getName() + ": "
                        + e.getMessage());
            }
        }
        return new MechanismRegistry(found);
    }

    private static MechanismDescriptor descriptor(IConfigurationElement element) {
        String id = required(element, ATT_ID);
        String kind = required(element, ATT_INTERFACE);
        InterfaceKind appliesTo = switch (kind) {
            case "cathode" -> InterfaceKind.CATHODE_ELECTROLYTE;
            case "anode" -> InterfaceKind.ANODE_ELECTROLYTE;
            case "filler" -> InterfaceKind.FILLER_POLYMER;
            default -> throw new IllegalArgumentException(id + ": unknown interface '" + kind + "'");
        };
        List<ParameterDeclaration> parameters = new ArrayList<>();
        java.util.Map<String, ParameterRange> ranges = new java.util.LinkedHashMap<>();
        for (IConfigurationElement p : element.getChildren(PARAMETER)) {
            ParameterDeclaration declaration = parameter(id, p);
            parameters.add(declaration);
            String range = p.getAttribute(ATT_RANGE);
            if (range != null && !range.isBlank()) {
                ranges.put(declaration.name(), range(id, declaration, range));
            }
        }
        required(element, ATT_CLASS);
        return new MechanismDescriptor(id, required(element, ATT_NAME), required(element, ATT_VERSION),
                element.getAttribute(ATT_DESCRIPTION) == null ? "" : element.getAttribute(ATT_DESCRIPTION),
                appliesTo, parameters, problem -> create(id, element, problem)).withRanges(ranges);
    }

    /** A parameter's literature range, "min to max" in units of its dimension ("1e-9 S/cm to 1e-8 S/cm", "0.25 to 1"). */
    private static ParameterRange range(String mechanism, ParameterDeclaration declaration, String text) {
        String[] ends = text.strip().split("\\s+to\\s+");
        if (ends.length != 2) {
            throw new IllegalArgumentException(mechanism + "." + declaration.name() + ": range '" + text
                    + "' is not 'min to max'");
        }
        double min = si(mechanism, declaration, ends[0]);
        double max = si(mechanism, declaration, ends[1]);
        if (!(min < max) || declaration.defaultValue() < min || declaration.defaultValue() > max) {
            throw new IllegalArgumentException(mechanism + "." + declaration.name() + ": range '" + text
                    + "' is empty or does not hold the default");
        }
        return new ParameterRange(min, max);
    }

    private static double si(String mechanism, ParameterDeclaration declaration, String quantity) {
        String text = quantity.strip();
        int split = 0;
        while (split < text.length() && "+-.0123456789eE".indexOf(text.charAt(split)) >= 0) {
            split++;
        }
        String unit = text.substring(split).strip();
        try {
            double value = Double.parseDouble(text.substring(0, split));
            var parsed = Units.parse(unit.isEmpty() ? declaration.unit() : unit).orElseThrow();
            if (!declaration.dimension().equals(parsed.dimension().name().orElse(""))) {
                throw new IllegalArgumentException(mechanism + "." + declaration.name() + ": range end '" + text
                        + "' is not a " + declaration.dimension());
            }
            return parsed.toSI(value);
        } catch (NumberFormatException | java.util.NoSuchElementException e) {
            throw new IllegalArgumentException(mechanism + "." + declaration.name() + ": range end '" + text
                    + "' is not a quantity");
        }
    }

    private static ParameterDeclaration parameter(String mechanism, IConfigurationElement p) {
        String name = required(p, ATT_NAME);
        String text = required(p, ATT_DEFAULT).strip();
        int split = 0;
        while (split < text.length() && "+-.0123456789eE".indexOf(text.charAt(split)) >= 0) {
            split++;
        }
        String unit = text.substring(split).strip();
        double value;
        try {
            value = Double.parseDouble(text.substring(0, split));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(mechanism + "." + name + ": default '" + text + "' is not a quantity");
        }
        var parsed = Units.parse(unit).orElseThrow(
                () -> new IllegalArgumentException(mechanism + "." + name + ": unknown unit '" + unit + "'"));
        String dimension = parsed.dimension().name().orElseThrow(() -> new IllegalArgumentException(
                mechanism + "." + name + ": '" + unit + "' is not a unit of a known dimension"));
        return new ParameterDeclaration(name, dimension, parsed.toSI(value), unit, required(p, ATT_DESCRIPTION));
    }

    private static Optional<Mechanism> create(String id, IConfigurationElement element,
            java.util.function.Consumer<String> problem) {
        String why;
        try {
            Object o = element.createExecutableExtension(ATT_CLASS);
            if (o instanceof Mechanism m) {
                return Optional.of(m);
            }
            why = o.getClass().getName() + " does not implement Mechanism";
        } catch (CoreException | RuntimeException | LinkageError e) {
            why = "its class " + element.getAttribute(ATT_CLASS) + " could not be created (" + cause(e) + ")";
        }
        problem.accept(why);
        warn("Mechanism " + id + ": " + why + "; skipped");
        return Optional.empty();
    }

    /** The innermost cause's message (a constructor's exception is wrapped twice by the registry). */
    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t == e ? (m == null ? e.getClass().getSimpleName() : m)
                : t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> lacks the attribute '" + attribute + "'");
        }
        return value;
    }

    /**
     * To the platform log in an OSGi framework; outside one (the command line's flat launch, the
     * benchmarks), where the platform log does not exist, through {@link System.Logger}.
     */
    private static void warn(String message) {
        if (org.osgi.framework.FrameworkUtil.getBundle(MechanismRegistry.class) != null) {
            ILog.of(MechanismRegistry.class).warn(message);
        } else {
            System.getLogger(MechanismRegistry.class.getName()).log(System.Logger.Level.WARNING, message);
        }
    }

    /** Every well-formed contribution, in contribution order. */
    public List<MechanismDescriptor> all() {
        return List.copyOf(mechanisms.values());
    }

    public Optional<MechanismDescriptor> get(String id) {
        return Optional.ofNullable(mechanisms.get(id));
    }
}
