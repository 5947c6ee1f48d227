package org.interphase.data.bpx;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * BPX's {@code State} / {@code Degradation} (BPX 1.0 and later): the loss of lithium inventory
 * ({@code LLI}) and of active material in each electrode ({@code LAM: Positive electrode},
 * {@code LAM: Negative electrode}), as fractions of the fresh cell; a LAM is one number, or one per
 * material of a blended electrode. BPX requires the three together.
 * <p>
 * A cell file describes a fresh cell (its results, not the cell, hold what cycling does to it), so
 * export-bpx writes the fresh state: no lithium and no active material lost. import-bpx reads any
 * state and says how aged the file's cell is: the material it writes is the fresh electrode's.
 *
 * @param lli         lost lithium inventory, fraction
 * @param lamPositive lost active material of the positive electrode per material ("" when one number)
 * @param lamNegative lost active material of the negative electrode per material ("" when one number)
 */
public record BpxDegradation(double lli, Map<String, Double> lamPositive, Map<String, Double> lamNegative) {

    public static final String SECTION = "Degradation";
    public static final String LLI = "LLI";
    public static final String LAM_POSITIVE = "LAM: Positive electrode";
    public static final String LAM_NEGATIVE = "LAM: Negative electrode";

    /** The state of a fresh cell: nothing lost. */
    public static final BpxDegradation FRESH = new BpxDegradation(0, Map.of("", 0.0), Map.of("", 0.0));

    /** Writes the section into a State object. */
    public void write(ObjectNode state) {
        ObjectNode d = state.putObject(SECTION);
        d.put(LLI, lli);
        put(d, LAM_POSITIVE, lamPositive);
        put(d, LAM_NEGATIVE, lamNegative);
    }

    private static void put(ObjectNode d, String key, Map<String, Double> lam) {
        if (lam.size() == 1 && lam.containsKey("")) {
            d.put(key, lam.get(""));
        } else {
            ObjectNode o = d.putObject(key);
            lam.forEach(o::put);
        }
    }

    /** Whether nothing is lost. */
    public boolean fresh() {
        return lli == 0 && lamPositive.values().stream().allMatch(v -> v == 0)
                && lamNegative.values().stream().allMatch(v -> v == 0);
    }

    /** "LLI 0.05, LAM: Positive electrode 0.1, LAM: Negative electrode 0". */
    public String describe() {
        return LLI + " " + num(lli) + ", " + LAM_POSITIVE + " " + describe(lamPositive) + ", " + LAM_NEGATIVE + " "
                + describe(lamNegative);
    }

    private static String describe(Map<String, Double> lam) {
        if (lam.size() == 1 && lam.containsKey("")) {
            return num(lam.get(""));
        }
        StringBuilder b = new StringBuilder();
        lam.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(num(v)));
        return "(" + b + ")";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /**
     * The file's State / Degradation, or null when it has none; an incomplete section or a value that
     * is not a fraction from 0 to 1 is an error naming the field.
     */
    public static BpxDegradation read(Path file, JsonNode root) throws BpxException {
        JsonNode d = root.path("State").path(SECTION);
        if (d.isMissingNode() || d.isNull()) {
            return null;
        }
        String where = file + ": State / " + SECTION;
        if (!d.isObject()) {
            throw new BpxException(where + " is not an object");
        }
        for (String key : new String[] { LLI, LAM_POSITIVE, LAM_NEGATIVE }) {
            if (!d.has(key)) {
                throw new BpxException(where + " has no \"" + key + "\" (BPX requires " + LLI + ", " + LAM_POSITIVE + " and "
                        + LAM_NEGATIVE + " together)");
            }
        }
        return new BpxDegradation(fraction(where, LLI, d.get(LLI)), lam(where, d.get(LAM_POSITIVE), LAM_POSITIVE),
                lam(where, d.get(LAM_NEGATIVE), LAM_NEGATIVE));
    }

    private static Map<String, Double> lam(String where, JsonNode v, String key) throws BpxException {
        Map<String, Double> m = new LinkedHashMap<>();
        if (v.isObject()) {
            for (var it = v.properties().iterator(); it.hasNext();) {
                var e = it.next();
                m.put(e.getKey(), fraction(where, key + " / " + e.getKey(), e.getValue()));
            }
            if (m.isEmpty()) {
                throw new BpxException(where + ": \"" + key + "\" names no material");
            }
        } else {
            m.put("", fraction(where, key, v));
        }
        return m;
    }

    private static double fraction(String where, String key, JsonNode v) throws BpxException {
        if (!v.isNumber()) {
            throw new BpxException(where + ": \"" + key + "\" is not a number");
        }
        double x = v.asDouble();
        if (!(x >= 0 && x <= 1)) {
            throw new BpxException(where + ": \"" + key + "\" is " + v.asText() + ", not a fraction from 0 to 1");
        }
        return x;
    }
}
