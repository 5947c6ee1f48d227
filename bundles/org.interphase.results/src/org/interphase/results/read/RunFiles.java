package org.interphase.results.read;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.LibraryFile;
import org.interphase.model.results.MechanismVersion;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ParameterValue;
import org.interphase.model.results.Provenance;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.ResultsPackage;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
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
        ResultsPackage p = ResultsPackage.eINSTANCE;
        RunResult r = f.createRunResult();
        texts(summary, s, r, "study", p.getRunResult_Study(), "cell", p.getRunResult_Cell(), "protocol",
                p.getRunResult_Protocol(), "stop_reason", p.getRunResult_StopReason());
        for (JsonNode m : array(summary, s, "mechanisms")) {
            r.getMechanisms().add(m.asText());
        }
        RunStatus status = RunStatus.get(String.valueOf(text(summary, s, "status")));
        if (status == null) {
            throw new MalformedResultException(summary, 0, "unknown status " + s.get("status"));
        }
        r.setStatus(status);
        r.setMetrics(metrics(summary, node(summary, s, "metrics")));
        r.setProvenance(provenance(summary, node(summary, s, "provenance")));

        // cycles.csv's columns in order (ResultFiles.CYCLES_HEADER)
        rows(cycles, p.getCycleRecord(), r.getCycles(), p.getCycleRecord_Cycle(), p.getCycleRecord_ChargeCapacity(),
                p.getCycleRecord_DischargeCapacity(), p.getCycleRecord_CapacityRetention(),
                p.getCycleRecord_CoulombicEfficiency(), p.getCycleRecord_Resistance(), p.getCycleRecord_SideCharge(),
                p.getCycleRecord_CeiThickness(), p.getCycleRecord_SeiThickness(), p.getCycleRecord_ContactArea());
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
            rows(impedance, p.getImpedancePoint(), r.getImpedance(), p.getImpedancePoint_Cycle(),
                    p.getImpedancePoint_Frequency(), p.getImpedancePoint_Real(), p.getImpedancePoint_Imaginary());
        }
        if (lsv != null) {
            rows(lsv, p.getSweepPoint(), r.getSweep(), p.getSweepPoint_Potential(), p.getSweepPoint_Current());
        }
        return r;
    }

    /**
     * The rows of a numeric table as objects of the result model, one attribute per column in header
     * order (an integer attribute takes the number as a whole number).
     */
    private static <T extends EObject> void rows(Table t, EClass type, List<T> into, EAttribute... byColumn) {
        double[][] c = new double[byColumn.length][];
        for (int j = 0; j < c.length; j++) {
            c[j] = t.numbers(t.columns().get(j));
        }
        for (int i = 0; i < t.size(); i++) {
            @SuppressWarnings("unchecked")
            T row = (T) ResultsFactory.eINSTANCE.create(type);
            for (int j = 0; j < c.length; j++) {
                boolean whole = byColumn[j].getEType().getInstanceClass() == int.class;
                row.eSet(byColumn[j], whole ? (Object) (int) c[j][i] : (Object) c[j][i]);
            }
            into.add(row);
        }
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
        ResultsPackage k = ResultsPackage.eINSTANCE;
        Provenance p = f.createProvenance();
        texts(file, n, p, "product_version", k.getProvenance_ProductVersion(), "input_sha256",
                k.getProvenance_InputSha256(), "model_sha256", k.getProvenance_ModelSha256());
        for (JsonNode l : array(file, n, "library_files")) {
            LibraryFile lib = f.createLibraryFile();
            texts(file, l, lib, "path", k.getLibraryFile_Path(), "sha256", k.getLibraryFile_Sha256());
            p.getLibraryFiles().add(lib);
        }
        for (JsonNode m : array(file, n, "mechanisms")) {
            MechanismVersion v = f.createMechanismVersion();
            texts(file, m, v, "id", k.getMechanismVersion_Id(), "version", k.getMechanismVersion_Version());
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

    /**
     * Text fields of a JSON object into attributes of a result object, each given as its field name
     * followed by the attribute ({@code "study", RunResult_Study, "cell", ...}); every field must be there.
     */
    private static void texts(Path file, JsonNode n, EObject into, Object... fieldThenAttribute)
            throws MalformedResultException {
        for (int i = 0; i < fieldThenAttribute.length; i += 2) {
            into.eSet((EAttribute) fieldThenAttribute[i + 1], text(file, n, (String) fieldThenAttribute[i]));
        }
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
