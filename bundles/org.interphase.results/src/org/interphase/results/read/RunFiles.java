package org.interphase.results.read;

import java.nio.file.Path;
import java.util.Iterator;
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
import org.interphase.results.Metric;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A cell folder read into the engine's result model ({@link RunResult}), the inverse of
 * {@code ResultFiles.write} with the values as the files hold them (six significant digits): what
 * the result cache serves and what the study report and the table of a run are drawn from, whether
 * the cells ran or came from the cache, so that both give the same bytes. The files are parsed by
 * {@link ResultReader} and {@link Table}, as for the result editor.
 */
final class RunFiles {

    private RunFiles() {
    }

    static RunResult run(Path summary, JsonNode s, Table cycles, Table trace, Table impedance, Table lsv)
            throws MalformedResultException {
        ResultsFactory f = ResultsFactory.eINSTANCE;
        RunResult r = f.createRunResult();
        r.setStudy(text(summary, s, "study"));
        r.setCell(text(summary, s, "cell"));
        r.setProtocol(text(summary, s, "protocol"));
        for (JsonNode m : array(summary, s, "mechanisms")) {
            r.getMechanisms().add(m.asText());
        }
        RunStatus status = RunStatus.get(String.valueOf(text(summary, s, "status")));
        if (status == null) {
            throw new MalformedResultException(summary, 0, "unknown status " + s.get("status"));
        }
        r.setStatus(status);
        r.setStopReason(text(summary, s, "stop_reason"));
        r.setMetrics(metrics(summary, node(summary, s, "metrics")));
        r.setProvenance(provenance(summary, node(summary, s, "provenance")));

        double[][] c = columns(cycles);
        for (int i = 0; i < cycles.size(); i++) {
            CycleRecord x = f.createCycleRecord();
            x.setCycle((int) c[0][i]);
            x.setChargeCapacity(c[1][i]);
            x.setDischargeCapacity(c[2][i]);
            x.setCapacityRetention(c[3][i]);
            x.setCoulombicEfficiency(c[4][i]);
            x.setResistance(c[5][i]);
            x.setSideCharge(c[6][i]);
            x.setCeiThickness(c[7][i]);
            x.setSeiThickness(c[8][i]);
            x.setContactArea(c[9][i]);
            r.getCycles().add(x);
        }
        double[] time = trace.numbers("time_s");
        double[] voltage = trace.numbers("voltage_V");
        double[] current = trace.numbers("current_mA_cm2");
        double[] temperature = trace.numbers("temperature_K");
        double[] cycle = trace.numbers("cycle");
        String[] step = trace.texts("step");
        for (int i = 0; i < trace.size(); i++) {
            TracePoint t = f.createTracePoint();
            t.setTime(time[i]);
            t.setVoltage(voltage[i]);
            t.setCurrent(current[i]);
            t.setTemperature(temperature[i]);
            t.setCycle((int) cycle[i]);
            t.setStep(step[i]);
            r.getTrace().add(t);
        }
        if (impedance != null) {
            double[][] z = columns(impedance);
            for (int i = 0; i < impedance.size(); i++) {
                ImpedancePoint p = f.createImpedancePoint();
                p.setCycle((int) z[0][i]);
                p.setFrequency(z[1][i]);
                p.setReal(z[2][i]);
                p.setImaginary(z[3][i]);
                r.getImpedance().add(p);
            }
        }
        if (lsv != null) {
            double[][] l = columns(lsv);
            for (int i = 0; i < lsv.size(); i++) {
                SweepPoint p = f.createSweepPoint();
                p.setPotential(l[0][i]);
                p.setCurrent(l[1][i]);
                r.getSweep().add(p);
            }
        }
        return r;
    }

    /** Every column of a numeric table, in header order. */
    private static double[][] columns(Table t) {
        double[][] c = new double[t.columns().size()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = t.numbers(t.columns().get(i));
        }
        return c;
    }

    private static Metrics metrics(Path file, JsonNode n) throws MalformedResultException {
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        for (Metric k : Metric.values()) {
            if (k.isInteger()) {
                k.set(m, n.path(k.field()).isNumber() ? n.get(k.field()).asInt() : null);
            } else {
                k.set(m, dbl(file, n, k.field()));
            }
        }
        JsonNode gas = n.get(Metric.GAS);
        if (gas != null && gas.isObject()) {
            GasAmounts g = ResultsFactory.eINSTANCE.createGasAmounts();
            for (String species : Metric.GASES) {
                Metric.setGas(g, species, dbl(file, gas, species));
            }
            m.setGas(g);
        }
        return m;
    }

    private static Provenance provenance(Path file, JsonNode n) throws MalformedResultException {
        ResultsFactory f = ResultsFactory.eINSTANCE;
        Provenance p = f.createProvenance();
        p.setProductVersion(text(file, n, "product_version"));
        p.setInputSha256(text(file, n, "input_sha256"));
        p.setModelSha256(text(file, n, "model_sha256"));
        for (JsonNode l : array(file, n, "library_files")) {
            LibraryFile lib = f.createLibraryFile();
            lib.setPath(text(file, l, "path"));
            lib.setSha256(text(file, l, "sha256"));
            p.getLibraryFiles().add(lib);
        }
        for (JsonNode m : array(file, n, "mechanisms")) {
            MechanismVersion v = f.createMechanismVersion();
            v.setId(text(file, m, "id"));
            v.setVersion(text(file, m, "version"));
            p.getMechanisms().add(v);
        }
        for (Iterator<Map.Entry<String, JsonNode>> i = node(file, n, "parameters").fields(); i.hasNext();) {
            Map.Entry<String, JsonNode> e = i.next();
            ParameterValue v = f.createParameterValue();
            v.setPath(e.getKey());
            Double value = dbl(file, e.getValue(), "value");
            v.setValue(value == null ? Double.NaN : value);
            v.setUnit(text(file, e.getValue(), "unit"));
            p.getParameters().add(v);
        }
        return p;
    }

    private static JsonNode node(Path file, JsonNode n, String field) throws MalformedResultException {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new MalformedResultException(file, 0, "no object '" + field + "'");
        }
        return v;
    }

    private static Iterable<JsonNode> array(Path file, JsonNode n, String field) throws MalformedResultException {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new MalformedResultException(file, 0, "no array '" + field + "'");
        }
        return v;
    }

    private static String text(Path file, JsonNode n, String field) throws MalformedResultException {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new MalformedResultException(file, 0, "no field '" + field + "'");
        }
        return v.isNull() ? null : v.asText();
    }

    private static Double dbl(Path file, JsonNode n, String field) throws MalformedResultException {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new MalformedResultException(file, 0, "no field '" + field + "'");
        }
        return v.isNull() ? null : v.asDouble();
    }
}
