package org.interphase.data.bpx;

import java.util.List;
import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.Coating;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.Material;
import org.interphase.model.Parameter;
import org.interphase.model.Quantity;
import org.interphase.model.Salt;
import org.interphase.model.parameters.Materials;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A cell as Battery Parameter eXchange (BPX 0.4) JSON: the standard fields that a lithium-metal cell
 * with a solid polymer electrolyte has (area, capacity, the cathode's particle radius, diffusivity,
 * OCP table, maximum concentration and stoichiometry window, the lithium foil's and the polymer film's
 * thickness, the polymer's transference number), and everything else this model knows (polymer, salt
 * ratio, fillers, coatings, interlayers, the cathode's density, exchange current density and catalytic
 * activity) under "User-defined". Fields whose value the cell does not give are left out, not guessed.
 */
public final class BpxExport {

    /** The BPX version written in the header. */
    public static final double VERSION = 0.4;
    /** Faraday constant, C/mol (CODATA 2018, exact). */
    static final double FARADAY = 96485.33212;

    private BpxExport() {
    }

    public static ObjectNode export(Cell cell, String source) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode header = root.putObject("Header");
        header.put("BPX", VERSION);
        header.put("Title", cell.getName());
        header.put("Description", "Lithium-metal cell with a solid polymer electrolyte, exported by Interphase Workbench"
                + (source == null ? "" : " from " + source) + ". The negative electrode is lithium metal; the"
                + " polymer film is the separator. Polymer-electrolyte and interface parameters are under User-defined.");
        header.put("Model", "SPM");
        ObjectNode p = root.putObject("Parameterisation");
        ObjectNode c = p.putObject("Cell");
        ObjectNode el = p.putObject("Electrolyte");
        ObjectNode neg = p.putObject("Negative electrode");
        ObjectNode pos = p.putObject("Positive electrode");
        ObjectNode sep = p.putObject("Separator");
        ObjectNode user = p.putObject("User-defined");

        double area = si(cell.getArea());
        if (!Double.isNaN(area)) {
            c.put("Electrode area [m2]", area);
            c.put("Number of electrode pairs connected in parallel to make a cell", 1);
        }
        Electrode cathode = cell.getCathode();
        Material cm = cathode == null ? null : cathode.getMaterial();
        if (cm != null && !cm.eIsProxy()) {
            positive(cell, cathode, cm, area, c, pos, user);
        }
        Electrode anode = cell.getAnode();
        if (anode != null && anode.getMaterial() != null) {
            user.put("Negative electrode material", anode.getMaterial().getName());
            put(neg, "Thickness [m]", si(anode.getThickness()));
            if (anode.getInterlayer() != null && anode.getInterlayer().getMaterial() != null) {
                user.put("Negative electrode interlayer", anode.getInterlayer().getMaterial().getName());
                put(user, "Negative electrode interlayer thickness [m]", si(anode.getInterlayer().getThickness()));
            }
        }
        Electrolyte e = cell.getElectrolyte();
        if (e != null) {
            put(sep, "Thickness [m]", si(e.getThickness()));
            if (e.getPolymer() != null && e.getPolymer().getMaterial() != null) {
                Material polymer = e.getPolymer().getMaterial();
                user.put("Polymer electrolyte polymer", polymer.getName());
                if (e.getPolymer().eIsSet(org.interphase.model.ModelPackage.Literals.POLYMER__END_GROUP)) {
                    user.put("Polymer electrolyte end group", e.getPolymer().getEndGroup().getLiteral());
                }
                put(user, "Polymer electrolyte molar mass [kg.mol-1]", si(e.getPolymer().getMolarMass()));
                put(el, "Cation transference number", value(polymer, "transference number"));
                put(user, "Polymer electrolyte density [kg.m-3]", value(polymer, "density"));
            }
            for (int i = 0; i < e.getSalts().size(); i++) {
                Salt s = e.getSalts().get(i);
                String key = "Polymer electrolyte salt" + (i == 0 ? "" : " " + (i + 1));
                user.put(key, s.getMaterial() == null ? "?" : s.getMaterial().getName());
                if (s.getRatio() != null) {
                    user.put(key + " ratio " + s.getRatio().getSpecies() + ":" + s.getRatio().getReference(), s.getRatio().getValue());
                }
                put(user, key + " concentration [mol.m-3]", si(s.getConcentration()));
            }
            for (int i = 0; i < e.getFillers().size(); i++) {
                Filler fl = e.getFillers().get(i);
                String key = "Polymer electrolyte filler " + (i + 1);
                user.put(key, fl.getMaterial() == null ? "?" : fl.getMaterial().getName());
                put(user, key + " fraction", si(fl.getFraction()));
                put(user, key + " particle size [m]", si(fl.getParticleSize()));
            }
            if (e.eIsSet(org.interphase.model.ModelPackage.Literals.ELECTROLYTE__PROCESS)) {
                user.put("Polymer electrolyte process", e.getProcess().getLiteral());
            }
        }
        put(user, "Stack pressure [Pa]", si(cell.getPressure()));
        return root;
    }

    private static void positive(Cell cell, Electrode cathode, Material m, double area, ObjectNode c, ObjectNode pos,
            ObjectNode user) {
        user.put("Positive electrode material", m.getName());
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
        put(pos, "Maximum concentration [mol.m-3]", theoretical * density / FARADAY);
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
            user.put("Positive electrode loading", loading.getMagnitude() + " " + loading.getUnit());
            boolean charge = loading.getUnit() != null && loading.getUnit().contains("Ah");
            double capacity = charge ? loading.getSi() * area / 3600
                    : practical.isEmpty() ? Double.NaN : loading.getSi() * area * practical.get(0).getValue().getSi() / 3600;
            put(c, "Nominal cell capacity [A.h]", capacity);
        }
        for (int i = 0; i < cathode.getCoatings().size(); i++) {
            Coating k = cathode.getCoatings().get(i);
            String key = "Positive electrode coating " + (i + 1);
            user.put(key, k.getMaterial() == null ? "?" : k.getMaterial().getName());
            put(user, key + " thickness [m]", si(k.getThickness()));
            put(user, key + " coverage", si(k.getCoverage()));
            if (k.getMethod() != null) {
                user.put(key + " method", k.getMethod());
            }
            if (k.eIsSet(org.interphase.model.ModelPackage.Literals.COATING__SCOPE)) {
                user.put(key + " scope", k.getScope().getLiteral());
            }
        }
        if (cathode.getInterlayer() != null && cathode.getInterlayer().getMaterial() != null) {
            user.put("Positive electrode interlayer", cathode.getInterlayer().getMaterial().getName());
            put(user, "Positive electrode interlayer thickness [m]", si(cathode.getInterlayer().getThickness()));
        }
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
