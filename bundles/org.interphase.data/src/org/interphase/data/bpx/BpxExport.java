package org.interphase.data.bpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.Coating;
import org.interphase.model.CurrentDirection;
import org.interphase.model.CurrentStep;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.Material;
import org.interphase.model.Parameter;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.Salt;
import org.interphase.model.TemperatureStep;
import org.interphase.model.parameters.Materials;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.model.units.Units;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A cell as Battery Parameter eXchange (BPX 1.1) JSON, model "Partial": BPX forbids unknown fields in its
 * standard sections and requires every field of a section it is given, so a standard section is written
 * only when the cell gives all its required fields; the fields of a section the cell gives only in part
 * are written under "User-defined" as "&lt;section&gt; (incomplete)", with BPX's own field names. What the
 * model knows beyond BPX (polymer, salt ratio, fillers, coatings, interlayers, the cathode's density,
 * exchange current density and catalytic activity) is under "User-defined" too: numbers as numbers, names
 * in its "description" (BPX reads every other text there as a function of x). The protocol a study runs
 * the cell with gives the lower cut-off and the State section's temperatures; its Degradation is that of a
 * fresh cell (nothing lost), which is what a cell file describes. Fields whose value the cell
 * does not give are left out, not guessed.
 */
public final class BpxExport {

    /** The BPX version written in the header. */
    public static final String VERSION = "1.1.0";
    /** What BPX 1.1 requires of each standard section (Cell, Electrolyte, Separator, SPM electrode). */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "Cell", List.of("Electrode area [m2]", "Number of electrode pairs connected in parallel to make a cell",
                    "Lower voltage cut-off [V]", "Upper voltage cut-off [V]", "Nominal cell capacity [A.h]"),
            "Electrolyte", List.of("Cation transference number", "Diffusivity [m2.s-1]", "Conductivity [S.m-1]"),
            "Separator", List.of("Thickness [m]", "Porosity", "Transport efficiency"),
            "Positive electrode", List.of("Thickness [m]", "Minimum stoichiometry", "Maximum stoichiometry",
                    "Maximum concentration [mol.m-3]", "Particle radius [m]", "Surface area per unit volume [m-1]",
                    "Diffusivity [m2.s-1]", "OCP [V]", "Reaction rate constant [mol.m-2.s-1]"));
    /** Suffix of a User-defined group holding a standard section the cell gives only in part. */
    public static final String INCOMPLETE = " (incomplete)";

    private BpxExport() {
    }

    /**
     * @param protocol the protocol a study runs the cell with (lower cut-off, temperatures), or null
     */
    public static ObjectNode export(Cell cell, Protocol protocol, String source) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode header = root.putObject("Header");
        header.put("BPX", VERSION);
        header.put("Title", cell.getName());
        header.put("Description", "Lithium-metal cell with a solid polymer electrolyte, exported by Interphase Workbench"
                + (source == null ? "" : " from " + source) + ". The negative electrode is lithium metal, which BPX's"
                + " particle electrodes cannot describe; the polymer film is the separator. Sections the cell gives only"
                + " in part, and the polymer-electrolyte and interface parameters, are under User-defined.");
        header.put("Model", "Partial");
        ObjectNode p = root.putObject("Parameterisation");
        ObjectNode c = f.objectNode();
        ObjectNode el = f.objectNode();
        ObjectNode neg = f.objectNode();
        ObjectNode pos = f.objectNode();
        ObjectNode sep = f.objectNode();
        ObjectNode user = f.objectNode();
        List<String> names = new ArrayList<>();

        double area = si(cell.getArea());
        if (!Double.isNaN(area)) {
            c.put("Electrode area [m2]", area);
            c.put("Number of electrode pairs connected in parallel to make a cell", 1);
        }
        put(c, "Lower voltage cut-off [V]", lowerCutoff(protocol));
        Electrode cathode = cell.getCathode();
        Material cm = cathode == null ? null : cathode.getMaterial();
        if (cm != null && !cm.eIsProxy()) {
            positive(cathode, cm, area, c, pos, user, names);
        }
        Electrode anode = cell.getAnode();
        if (anode != null && anode.getMaterial() != null) {
            names.add("Negative electrode material: " + anode.getMaterial().getName());
            put(neg, "Thickness [m]", si(anode.getThickness()));
            if (anode.getInterlayer() != null && anode.getInterlayer().getMaterial() != null) {
                names.add("Negative electrode interlayer: " + anode.getInterlayer().getMaterial().getName());
                put(user, "Negative electrode interlayer thickness [m]", si(anode.getInterlayer().getThickness()));
            }
        }
        Electrolyte e = cell.getElectrolyte();
        if (e != null) {
            electrolyte(e, el, sep, user, names);
        }
        put(user, "Stack pressure [Pa]", si(cell.getPressure()));
        section(p, user, "Cell", c);
        section(p, user, "Electrolyte", el);
        section(p, user, "Negative electrode", neg);
        section(p, user, "Positive electrode", pos);
        section(p, user, "Separator", sep);
        if (!names.isEmpty()) {
            user.put("description", String.join("; ", names));
        }
        if (!user.isEmpty()) {
            p.set("User-defined", user);
        }
        state(root, protocol);
        return root;
    }

    /** A standard section when complete, else its fields under User-defined (Li metal is never a BPX electrode). */
    private static void section(ObjectNode p, ObjectNode user, String name, ObjectNode fields) {
        List<String> required = REQUIRED.get(name);
        if (required != null && required.stream().allMatch(fields::has)) {
            p.set(name, fields);
        } else if (!fields.isEmpty()) {
            user.set(name + INCOMPLETE, fields);
        }
    }

    private static void electrolyte(Electrolyte e, ObjectNode el, ObjectNode sep, ObjectNode user, List<String> names) {
        put(sep, "Thickness [m]", si(e.getThickness()));
        if (e.getPolymer() != null && e.getPolymer().getMaterial() != null) {
            Material polymer = e.getPolymer().getMaterial();
            names.add("Polymer electrolyte polymer: " + polymer.getName());
            if (e.getPolymer().eIsSet(org.interphase.model.ModelPackage.Literals.POLYMER__END_GROUP)) {
                names.add("Polymer electrolyte end group: " + e.getPolymer().getEndGroup().getLiteral());
            }
            put(user, "Polymer electrolyte molar mass [kg.mol-1]", si(e.getPolymer().getMolarMass()));
            put(el, "Cation transference number", value(polymer, "transference number"));
            put(user, "Polymer electrolyte density [kg.m-3]", value(polymer, "density"));
        }
        for (int i = 0; i < e.getSalts().size(); i++) {
            Salt s = e.getSalts().get(i);
            String key = named(names, "Polymer electrolyte salt" + (i == 0 ? "" : " " + (i + 1)), s.getMaterial());
            if (s.getRatio() != null) {
                user.put(key + " ratio " + s.getRatio().getSpecies() + ":" + s.getRatio().getReference(), s.getRatio().getValue());
            }
            put(user, key + " concentration [mol.m-3]", si(s.getConcentration()));
        }
        for (int i = 0; i < e.getFillers().size(); i++) {
            Filler fl = e.getFillers().get(i);
            String key = named(names, "Polymer electrolyte filler " + (i + 1), fl.getMaterial());
            put(user, key + " fraction", si(fl.getFraction()));
            put(user, key + " particle size [m]", si(fl.getParticleSize()));
        }
        if (e.eIsSet(org.interphase.model.ModelPackage.Literals.ELECTROLYTE__PROCESS)) {
            names.add("Polymer electrolyte process: " + e.getProcess().getLiteral());
        }
    }

    /** The lowest voltage a discharge of the protocol ends at, or NaN. */
    private static double lowerCutoff(Protocol protocol) {
        double v = Double.NaN;
        if (protocol != null) {
            for (var it = protocol.eAllContents(); it.hasNext();) {
                if (it.next() instanceof CurrentStep s && s.getDirection() == CurrentDirection.DISCHARGE && s.getUntil() != null
                        && (Double.isNaN(v) || s.getUntil().getSi() < v)) {
                    v = s.getUntil().getSi();
                }
            }
        }
        return v;
    }

    /**
     * State (BPX 1.0 and later): the protocol's first temperature as the initial and ambient
     * temperature, and the degradation of a fresh cell, which a cell file describes
     * ({@link BpxDegradation#FRESH}).
     */
    private static void state(ObjectNode root, Protocol protocol) {
        double t = Double.NaN;
        if (protocol != null) {
            for (var it = protocol.eAllContents(); it.hasNext() && Double.isNaN(t);) {
                if (it.next() instanceof TemperatureStep s && s.getTemperature() != null) {
                    t = s.getTemperature().getSi();
                }
            }
        }
        ObjectNode state = root.putObject("State");
        if (Double.isFinite(t)) {
            state.putObject("Initial conditions").put("Initial temperature [K]", t);
            state.putObject("Thermal environment").put("Ambient temperature [K]", t);
        }
        BpxDegradation.FRESH.write(state);
    }

    private static void positive(Electrode cathode, Material m, double area, ObjectNode c, ObjectNode pos,
            ObjectNode user, List<String> names) {
        names.add("Positive electrode material: " + m.getName());
        put(pos, "Thickness [m]", si(cathode.getThickness()));
        put(pos, "Particle radius [m]", value(m, "particle radius"));
        put(pos, "Diffusivity [m2.s-1]", value(m, "solid diffusivity"));
        List<Parameter> ocv = Materials.curve(m, "open circuit voltage");
        if (!ocv.isEmpty()) {
            // BPX x is the stoichiometry (lithium over the maximum); the library's condition is the
            // delithiated fraction of the theoretical capacity: x = 1 - X
            ObjectNode table = pos.putObject("OCP [V]");
            var xs = table.putArray("x");
            var ys = table.putArray("y");
            for (int i = ocv.size() - 1; i >= 0; i--) {
                xs.add(1 - ocv.get(i).getCondition().getSi());
                ys.add(ocv.get(i).getValue().getSi());
            }
        }
        double theoretical = value(m, "theoretical capacity"); // C/kg
        double density = value(m, "density"); // kg/m3
        put(pos, "Maximum concentration [mol.m-3]", theoretical * density / PhysicalConstants.FARADAY);
        List<Parameter> practical = Materials.curve(m, "specific capacity");
        if (!practical.isEmpty() && !Double.isNaN(theoretical)) {
            // the stoichiometry window of the rated (first listed) practical capacity and its cut-off
            Parameter rated = practical.get(0);
            pos.put("Minimum stoichiometry", 1 - rated.getValue().getSi() / theoretical);
            pos.put("Maximum stoichiometry", ocv.isEmpty() ? 1.0 : 1 - ocv.get(0).getCondition().getSi());
            c.put("Upper voltage cut-off [V]", rated.getCondition().getSi());
        }
        put(user, "Positive electrode density [kg.m-3]", density);
        put(user, "Positive electrode exchange current density [A.m-2]", value(m, "exchange current density"));
        put(user, "Positive electrode catalytic activity", value(m, "catalytic activity"));
        put(user, "Positive electrode carbon fraction", si(cathode.getCarbon()));
        Quantity loading = cathode.getLoading();
        if (loading != null) {
            names.add("Positive electrode loading: " + loading.getMagnitude() + " " + loading.getUnit());
            boolean charge = loading.getUnit() != null && loading.getUnit().contains("Ah");
            double capacity = charge ? loading.getSi() * area / Units.SECONDS_PER_HOUR
                    : practical.isEmpty() ? Double.NaN : loading.getSi() * area * practical.get(0).getValue().getSi() / Units.SECONDS_PER_HOUR;
            put(c, "Nominal cell capacity [A.h]", capacity);
        }
        for (int i = 0; i < cathode.getCoatings().size(); i++) {
            Coating k = cathode.getCoatings().get(i);
            String key = named(names, "Positive electrode coating " + (i + 1), k.getMaterial());
            put(user, key + " thickness [m]", si(k.getThickness()));
            put(user, key + " coverage", si(k.getCoverage()));
            if (k.getMethod() != null) {
                names.add(key + " method: " + k.getMethod());
            }
            if (k.eIsSet(org.interphase.model.ModelPackage.Literals.COATING__SCOPE)) {
                names.add(key + " scope: " + k.getScope().getLiteral());
            }
        }
        if (cathode.getInterlayer() != null && cathode.getInterlayer().getMaterial() != null) {
            names.add("Positive electrode interlayer: " + cathode.getInterlayer().getMaterial().getName());
            put(user, "Positive electrode interlayer thickness [m]", si(cathode.getInterlayer().getThickness()));
        }
    }

    /** Names the material of a numbered part ({@code key: material}, {@code ?} when it has none); returns the key. */
    private static String named(List<String> names, String key, Material material) {
        names.add(key + ": " + (material == null ? "?" : material.getName()));
        return key;
    }

    private static double si(Quantity q) {
        return q == null ? Double.NaN : q.getSi();
    }

    private static double value(Material m, String parameter) {
        Optional<Parameter> p = Materials.find(m, parameter);
        return p.isPresent() && p.get().getCondition() == null ? p.get().getValue().getSi() : Double.NaN;
    }

    private static void put(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        }
    }
}
