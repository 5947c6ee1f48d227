package org.interphase.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.TracePoint;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.ProtocolRunner;

/**
 * The cost of one run measured on a shared machine, beside JMH: the thread CPU time of each run (what a
 * loaded machine distorts least; wall time is printed too), its median over the runs, and what the run
 * did: cycles completed, cycles simulated (the rest the multi-rate scheme jumped), retention and status.
 * <pre>
 * java -cp CLASSPATH org.interphase.benchmarks.RunCost STUDY multirate|every|study RUNS [MECHANISMS]
 * </pre>
 * ('study': through the study runner, as {@code interphase run} runs it, with the study's own mechanisms: the
 * Li|Li cell LiShort too, whose time to short is printed; the CPU is then the process's, the runner's thread
 * being another.)
 * STUDY is a study of bench.cell (Coated200, Coated1000, ...); MECHANISMS, when given, keeps only the
 * first that many of the mechanisms 'mechanisms all' picks (cost against mechanisms). One warm-up run
 * ({@code -Druncost.warmup=N}: N) is not counted: the JIT keeps speeding short runs up for about ten.
 * Prints one line per run, the cycles the multi-rate scheme simulated (after the first warm-up), the
 * median line and the median's CPU per simulated cycle and per cycle of the protocol. Profile the same
 * runs with {@link ProfileShares} (a JFR recording of them).
 */
public final class RunCost {

    private RunCost() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--classpath")) { // releng/scripts/runcost.sh keeps it for later runs
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), System.getProperty("java.class.path"));
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: RunCost STUDY multirate|every|study RUNS [MECHANISMS]");
            System.exit(2);
        }
        Workload workload = new Workload();
        Study study = workload.study(args[0]);
        boolean multiRate = args[1].startsWith("multi");
        boolean whole = args[1].equals("study"); // as `interphase run` runs it: any cell (Li|Li too), its mechanisms
        int runs = Integer.parseInt(args[2]);
        Cell cell = study.getCells().get(0);
        List<MechanismDescriptor> all = workload.studies.mechanisms(study, cell);
        List<MechanismDescriptor> used = args.length > 3 ? all.subList(0, Math.min(all.size(), Integer.parseInt(args[3])))
                : all;
        System.out.printf(Locale.ROOT, "%s, %s, mechanisms %s, load average %s%n", args[0],
                whole ? "the study runner" : multiRate ? "multi-rate" : "every cycle", used.stream().map(MechanismDescriptor::id).toList(), load());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[runs];
        long simulatedCycles = 0;
        int cycles = 0;
        int warmups = Math.max(1, Integer.getInteger("runcost.warmup", 1));
        jdk.jfr.Recording recording = null;
        for (int k = -warmups; k < runs; k++) {
            if (k == 0) {
                recording = record();
            }
            long c0 = cpuNanos(threads, whole);
            long w0 = System.nanoTime();
            RunResult r;
            if (whole) {
                r = workload.studies.run(study, cell, "bench", () -> false);
            } else {
                // as StudyRunner runs a cell: the mechanisms' views share the runner's film phase (FilmPhases)
                r = org.interphase.solver.cell.FilmPhases.within(() -> new ProtocolRunner(cell, study.getProtocol(),
                        MechanismActivation.activate(cell, used, Map.of()), () -> false, multiRate).run());
            }
            double seconds = (cpuNanos(threads, whole) - c0) * 1e-9;
            double wall = (System.nanoTime() - w0) * 1e-9;
            int completed = r.getMetrics().getCyclesCompleted();
            long simulated = r.getTrace().stream().mapToInt(TracePoint::getCycle).filter(c -> c > 0).distinct().count();
            System.out.printf(Locale.ROOT, "%s CPU %.3f s  wall %.3f s  cycles %d  simulated %d  jumped %d  retention %.6f %%"
                    + "  side charge %.6g mAh/cm2 (last cycle)  digest %016x  %s%s%n", k < 0 ? "warm-up " + (k + warmups) : "run " + k, seconds, wall,
                    completed, simulated, completed - simulated, r.getMetrics().getCapacityRetention(),
                    r.getCycles().isEmpty() ? Double.NaN : r.getCycles().get(r.getCycles().size() - 1).getSideCharge(),
                    digest(r), r.getStatus(), r.getStopReason() == null ? "" : " (" + r.getStopReason() + ")");
            if (r.getMetrics().getTimeToShort() != null) {
                System.out.printf(Locale.ROOT, "    time to short %.6f h%n", r.getMetrics().getTimeToShort());
            }
            if (k == -warmups && simulated < completed) { // which cycles the multi-rate scheme simulated (the rest it jumped)
                System.out.println("simulated cycles: " + r.getTrace().stream().mapToInt(TracePoint::getCycle)
                        .filter(c -> c > 0).distinct().mapToObj(Integer::toString).collect(Collectors.joining(" ")));
            }
            if (k >= 0) {
                cpu[k] = seconds;
            }
            simulatedCycles = simulated;
            cycles = completed;
        }
        if (recording != null) {
            recording.stop();
            recording.dump(java.nio.file.Path.of(System.getProperty(RECORDING)));
            System.out.println("recording of the " + runs + " runs: " + System.getProperty(RECORDING));
        }
        Arrays.sort(cpu);
        double median = runs % 2 == 1 ? cpu[runs / 2] : (cpu[runs / 2 - 1] + cpu[runs / 2]) / 2;
        System.out.printf(Locale.ROOT, "median CPU %.3f s of %d runs (min %.3f, max %.3f), load average %s%n", median,
                runs, cpu[0], cpu[runs - 1], load());
        // the last run's counts (a run's counts and results do not change from run to run: its digest says so)
        System.out.printf(Locale.ROOT, "per simulated cycle %.2f ms (%d simulated), per cycle of the protocol %.3f ms (%d)%n",
                1e3 * median / Math.max(1, simulatedCycles), simulatedCycles, 1e3 * median / Math.max(1, cycles), cycles);
    }

    /**
     * This thread's CPU time, ns; the whole process's for a run through the study runner, which runs the cell on a
     * thread of its own (the JIT's and the collector's threads count then too).
     */
    private static long cpuNanos(ThreadMXBean threads, boolean process) {
        if (process && ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return threads.getCurrentThreadCpuTime();
    }

    /** Where {@link #record} writes its recording, a system property (none: no recording). */
    static final String RECORDING = "runcost.jfr";
    /** JFR's method-timing filter (JDK 25) of that recording, a system property: exact call counts of the runs. */
    static final String COUNT = "runcost.count";

    /**
     * A Java Flight Recorder recording of the measured runs only (not the parse, not the warm-up, whose
     * interpreted code would distort the shares), with the JDK's 'profile' settings and, with
     * {@code -Druncost.count=FILTER}, JFR's method timing of the methods FILTER names (JDK 25: e.g.
     * {@code org.interphase.solver.run.CellEvaluator::compute;org.interphase.solver.run.StopEvent::g}): how often
     * each ran (it slows them, so time CPU without it). {@link ProfileShares} reads the file.
     */
    private static jdk.jfr.Recording record() {
        if (System.getProperty(RECORDING) == null) {
            return null;
        }
        try {
            jdk.jfr.Recording r = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            if (System.getProperty(COUNT) != null) {
                r.enable("jdk.MethodTiming").with("filter", System.getProperty(COUNT));
            }
            r.start();
            return r;
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("no JFR recording: " + e.getMessage(), e);
        }
    }

    /**
     * A checksum of every value the run recorded (trace, cycles, impedance, metrics, status; not the provenance),
     * doubles bit for bit: equal digests before and after a change of the engine's speed say that it moved no
     * result, not even in the last bit.
     */
    static long digest(RunResult r) {
        long h = 1125899906842597L;
        for (org.eclipse.emf.common.util.TreeIterator<org.eclipse.emf.ecore.EObject> all = org.eclipse.emf.ecore.util.EcoreUtil
                .getAllContents(java.util.List.of(r)); all.hasNext();) {
            org.eclipse.emf.ecore.EObject o = all.next();
            if (o instanceof org.interphase.model.results.Provenance) {
                all.prune(); // hashes of files and versions, not results
                continue;
            }
            for (org.eclipse.emf.ecore.EAttribute a : o.eClass().getEAllAttributes()) {
                Object v = o.eGet(a);
                long bits = v instanceof Double d ? Double.doubleToRawLongBits(d) : String.valueOf(v).hashCode();
                h = 31 * h + bits;
            }
        }
        return h;
    }

    private static String load() {
        try {
            return String.join(" ", Arrays.asList(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
