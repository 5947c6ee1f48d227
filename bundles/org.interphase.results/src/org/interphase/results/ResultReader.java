package org.interphase.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.LibraryFile;
import org.interphase.model.results.MechanismVersion;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ParameterValue;
import org.interphase.model.results.Provenance;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.SweepPoint;
import org.interphase.model.results.TracePoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a cell's result folder back into a {@link RunResult}: the inverse of {@link ResultFiles#write},
 * with the values as the files hold them (six significant digits). The result cache serves a
 * folder through it, and the study report and the CLI table of a run are drawn from it whether the
 * cells ran or came from the cache, so that both give the same bytes.
 */
public final class ResultReader {

    /** A folder whose files are missing, cut short or not what {@link ResultFiles} writes. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultReader() {
    }

    public static RunResult read(Path folder) throws IOException, UnreadableException {
        ResultsFactory f = ResultsFactory.eINSTANCE;
        RunResult r = f.createRunResult();
        JsonNode s = summary(folder);
        r.setStudy(text(s, "study"));
        r.setCell(text(s, "cell"));
        r.setProtocol(text(s, "protocol"));
        for (JsonNode m : array(s, "mechanisms")) {
            r.getMechanisms().add(m.asText());
        }
        RunStatus status = RunStatus.get(text(s, "status"));
        if (status == null) {
            throw new UnreadableException(folder.resolve("summary.json") + ": unknown status " + s.get("status"));
        }
        r.setStatus(status);
        r.setStopReason(text(s, "stop_reason"));
        r.setMetrics(metrics(node(s, "metrics")));
        r.setProvenance(provenance(node(s, "provenance")));

        for (double[] row : csv(folder.resolve("cycles.csv"), ResultFiles.CYCLES_HEADER)) {
            CycleRecord c = f.createCycleRecord();
            c.setCycle((int) row[0]);
            c.setChargeCapacity(row[1]);
            c.setDischargeCapacity(row[2]);
            c.setCapacityRetention(row[3]);
            c.setCoulombicEfficiency(row[4]);
            c.setResistance(row[5]);
            c.setSideCharge(row[6]);
            c.setCeiThickness(row[7]);
            c.setSeiThickness(row[8]);
            c.setContactArea(row[9]);
            r.getCycles().add(c);
        }
        for (String[] row : rows(folder.resolve("trace.csv"), ResultFiles.TRACE_HEADER)) {
            TracePoint t = f.createTracePoint();
            t.setTime(number(row[0], folder, "trace.csv"));
            t.setVoltage(number(row[1], folder, "trace.csv"));
            t.setCurrent(number(row[2], folder, "trace.csv"));
            t.setTemperature(number(row[3], folder, "trace.csv"));
            t.setCycle((int) number(row[4], folder, "trace.csv"));
            t.setStep(row[5]);
            r.getTrace().add(t);
        }
        if (Files.exists(folder.resolve("impedance.csv"))) {
            for (double[] row : csv(folder.resolve("impedance.csv"), ResultFiles.IMPEDANCE_HEADER)) {
                ImpedancePoint p = f.createImpedancePoint();
                p.setCycle((int) row[0]);
                p.setFrequency(row[1]);
                p.setReal(row[2]);
                p.setImaginary(row[3]);
                r.getImpedance().add(p);
            }
        }
        if (Files.exists(folder.resolve("lsv.csv"))) {
            for (double[] row : csv(folder.resolve("lsv.csv"), ResultFiles.LSV_HEADER)) {
                SweepPoint p = f.createSweepPoint();
                p.setPotential(row[0]);
                p.setCurrent(row[1]);
                r.getSweep().add(p);
            }
        }
        return r;
    }

    private static JsonNode summary(Path folder) throws IOException, UnreadableException {
        Path file = folder.resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            throw new UnreadableException(file + ": missing");
        }
        try {
            JsonNode s = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (s == null || !s.isObject()) {
                throw new UnreadableException(file + ": not a JSON object");
            }
            return s;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnreadableException(file + ": " + e.getOriginalMessage());
        }
    }

    private static Metrics metrics(JsonNode n) throws UnreadableException {
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        m.setCyclesCompleted(n.path("cycles_completed").isNumber() ? n.get("cycles_completed").asInt() : null);
        m.setInitialDischargeCapacity(dbl(n, "initial_discharge_capacity_mAh_cm2"));
        m.setFinalDischargeCapacity(dbl(n, "final_discharge_capacity_mAh_cm2"));
        m.setCapacityRetention(dbl(n, "capacity_retention_pct"));
        m.setCyclesTo80pct(n.path("cycles_to_80pct").isNumber() ? n.get("cycles_to_80pct").asInt() : null);
        m.setMeanCoulombicEfficiency(dbl(n, "mean_coulombic_efficiency_pct"));
        m.setOnsetPotential(dbl(n, "onset_potential_V"));
        m.setTimeToShort(dbl(n, "time_to_short_h"));
        m.setIonicConductivity(dbl(n, "ionic_conductivity_S_cm"));
        m.setInterfacialResistance(dbl(n, "interfacial_resistance_ohm_cm2"));
        m.setCeiThickness(dbl(n, "cei_thickness_nm"));
        m.setSeiThickness(dbl(n, "sei_thickness_nm"));
        m.setContactArea(dbl(n, "contact_area_pct"));
        m.setFinalResistance(dbl(n, "final_resistance_ohm_cm2"));
        JsonNode gas = n.get("gas_umol_cm2");
        if (gas != null && gas.isObject()) {
            GasAmounts g = ResultsFactory.eINSTANCE.createGasAmounts();
            g.setH2(dbl(gas, "H2"));
            g.setCh4(dbl(gas, "CH4"));
            g.setCo(dbl(gas, "CO"));
            m.setGas(g);
        }
        return m;
    }

    private static Provenance provenance(JsonNode n) throws UnreadableException {
        ResultsFactory f = ResultsFactory.eINSTANCE;
        Provenance p = f.createProvenance();
        p.setProductVersion(text(n, "product_version"));
        p.setInputSha256(text(n, "input_sha256"));
        p.setModelSha256(text(n, "model_sha256"));
        for (JsonNode l : array(n, "library_files")) {
            LibraryFile file = f.createLibraryFile();
            file.setPath(text(l, "path"));
            file.setSha256(text(l, "sha256"));
            p.getLibraryFiles().add(file);
        }
        for (JsonNode m : array(n, "mechanisms")) {
            MechanismVersion v = f.createMechanismVersion();
            v.setId(text(m, "id"));
            v.setVersion(text(m, "version"));
            p.getMechanisms().add(v);
        }
        for (Iterator<Map.Entry<String, JsonNode>> i = node(n, "parameters").fields(); i.hasNext();) {
            Map.Entry<String, JsonNode> e = i.next();
            ParameterValue v = f.createParameterValue();
            v.setPath(e.getKey());
            Double value = dbl(e.getValue(), "value");
            v.setValue(value == null ? Double.NaN : value);
            v.setUnit(text(e.getValue(), "unit"));
            p.getParameters().add(v);
        }
        return p;
    }

    private static JsonNode node(JsonNode n, String field) throws UnreadableException {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new UnreadableException("summary.json: no object '" + field + "'");
        }
        return v;
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) throws UnreadableException {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new UnreadableException("summary.json: no array '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String field) throws UnreadableException {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new UnreadableException("summary.json: no field '" + field + "'");
        }
        return v.isNull() ? null : v.asText();
    }

    private static Double dbl(JsonNode n, String field) throws UnreadableException {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new UnreadableException("summary.json: no field '" + field + "'");
        }
        return v.isNull() ? null : v.asDouble();
    }

    /** The rows of a CSV with this exact header, each split into its fields (as many as the header has). */
    private static List<String[]> rows(Path file, String header) throws IOException, UnreadableException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableException(file + ": missing");
        }
        int columns = header.split(",", -1).length;
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (!header.equals(first)) {
                throw new UnreadableException(file + ":1: not the header " + header);
            }
            int line = 1;
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                line++;
                String[] fields = l.split(",", -1);
                if (fields.length != columns) {
                    throw new UnreadableException(file + ":" + line + ": " + fields.length + " fields, not " + columns);
                }
                rows.add(fields);
            }
        }
        return rows;
    }

    /** Numeric rows; an empty field is NaN (what ResultFiles writes for a value that does not apply). */
    private static List<double[]> csv(Path file, String header) throws IOException, UnreadableException {
        List<double[]> rows = new ArrayList<>();
        for (String[] fields : rows(file, header)) {
            double[] row = new double[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = number(fields[i], file.getParent(), file.getFileName().toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static double number(String field, Path folder, String file) throws UnreadableException {
        if (field.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new UnreadableException(folder.resolve(file) + ": not a number: " + field);
        }
    }
}
