package org.interphase.results;

import org.interphase.model.Cell;
import org.interphase.model.Coating;
import org.interphase.model.Component;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.Layer;
import org.interphase.model.Quantity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code stack} of summary.json: the cell's layers from the cathode's current collector side to
 * the anode, as declared in the .cell file (docs/results.md#stack). Nothing is computed: a thickness
 * the file does not give is {@code null}.
 * <p>
 * Each layer: {@code kind} ({@code cathode}, {@code coating}, {@code interlayer}, {@code electrolyte},
 * {@code anode}), {@code side} ({@code cathode}, {@code electrolyte}, {@code anode}), {@code material},
 * {@code thickness} ({@code value} and {@code unit} as written, {@code m} in metres); a coating also
 * {@code coverage} and {@code scope}; the electrolyte its {@code fillers} (material, fraction,
 * particle size, surface layer).
 */
public final class StackSection {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StackSection() {
    }

    /** The layers of a cell, cathode first. */
    public static ArrayNode of(Cell cell) {
        ArrayNode layers = JSON.createArrayNode();
        Electrode cathode = cell.getCathode();
        if (cathode != null) {
            layer(layers, "cathode", "cathode", cathode, cathode.getThickness());
            for (Coating c : cathode.getCoatings()) {
                coating(layers, "cathode", c);
            }
            if (cathode.getInterlayer() != null) {
                layer(layers, "interlayer", "cathode", cathode.getInterlayer(), cathode.getInterlayer().getThickness());
            }
        }
        Electrolyte e = cell.getElectrolyte();
        if (e != null) {
            ObjectNode n = layer(layers, "electrolyte", "electrolyte", e.getPolymer(), e.getThickness());
            ArrayNode fillers = n.putArray("fillers");
            for (Filler f : e.getFillers()) {
                ObjectNode fn = fillers.addObject();
                fn.put("material", name(f));
                fn.set("fraction", quantity(f.getFraction()));
                fn.set("particle_size", quantity(f.getParticleSize()));
                Layer surface = f.getSurface();
                if (surface == null) {
                    fn.putNull("surface");
                } else {
                    ObjectNode sn = fn.putObject("surface");
                    sn.put("material", name(surface));
                    sn.set("thickness", quantity(surface.getThickness()));
                }
            }
        }
        Electrode anode = cell.getAnode();
        if (anode != null) {
            if (anode.getInterlayer() != null) {
                layer(layers, "interlayer", "anode", anode.getInterlayer(), anode.getInterlayer().getThickness());
            }
            // coatings face the electrolyte: listed from the electrolyte towards the anode
            for (int i = anode.getCoatings().size() - 1; i >= 0; i--) {
                coating(layers, "anode", anode.getCoatings().get(i));
            }
            layer(layers, "anode", "anode", anode, anode.getThickness());
        }
        return layers;
    }

    private static void coating(ArrayNode layers, String side, Coating c) {
        ObjectNode n = layer(layers, "coating", side, c, c.getThickness());
        n.set("coverage", quantity(c.getCoverage()));
        n.put("scope", c.getScope() == null ? null : c.getScope().getLiteral());
    }

    private static ObjectNode layer(ArrayNode layers, String kind, String side, Component material, Quantity thickness) {
        ObjectNode n = layers.addObject();
        n.put("kind", kind);
        n.put("side", side);
        n.put("material", name(material));
        n.set("thickness", quantity(thickness));
        return n;
    }

    private static String name(Component c) {
        return c == null || c.getMaterial() == null ? null : c.getMaterial().getName();
    }

    /** {value, unit, si} as written, or null; numbers rounded as everywhere in summary.json. */
    private static com.fasterxml.jackson.databind.JsonNode quantity(Quantity q) {
        if (q == null) {
            return JSON.nullNode();
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("value", ResultFiles.rounded(q.getMagnitude()));
        n.put("unit", q.getUnit());
        double si = q.getSi();
        if (Double.isFinite(si)) {
            n.put("si", ResultFiles.rounded(si));
        } else {
            n.putNull("si");
        }
        return n;
    }
}
