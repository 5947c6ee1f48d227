package org.interphase.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Inclusive and self shares of the methods in a Java Flight Recorder recording of runs (RunCost under
 * {@code -XX:StartFlightRecording}), and the calls counted by JFR's method timing (JDK 25) when the recording has
 * them: what a run's CPU goes to, by frame, and how many evaluations, sub-steps and event checks it made.
 * <pre>
 * java -cp CLASSPATH org.interphase.benchmarks.ProfileShares RECORDING.jfr [WITHIN [TOP]]
 * </pre>
 * Only the execution samples whose stack holds a frame named WITHIN (Class.method, the class without its
 * package; default {@code ProtocolRunner.run}: the runs, not the parse of bench.cell) count, and the shares are
 * of those. A method counts once per sample however often it recurs in the stack (inclusive share); self is the
 * top frame. Stacks deeper than JFR's stack depth (64 unless {@code -XX:FlightRecorderOptions:stackdepth=N})
 * lose their bottom frames, WITHIN among them: the number of samples left out for that is printed.
 */
public final class ProfileShares {

    private ProfileShares() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ProfileShares RECORDING.jfr [WITHIN [TOP]]");
            System.exit(2);
        }
        String within = args.length > 1 ? args[1] : "ProtocolRunner.run";
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, long[]> timed = new TreeMap<>();
        int samples = 0;
        int counted = 0;
        int truncated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.MethodTiming")) {
                // periodic, each with the totals so far: the largest is the recording's
                RecordedMethod m = e.getValue("method");
                long calls = e.getLong("invocations");
                timed.merge(name(m), new long[] {calls}, (a, b) -> a[0] >= b[0] ? a : b);
                continue;
            }
            if (!type.equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            List<String> names = new ArrayList<>(frames.size());
            for (RecordedFrame f : frames) {
                names.add(name(f.getMethod()));
            }
            if (!names.contains(within)) {
                truncated += e.getStackTrace().isTruncated() ? 1 : 0;
                continue;
            }
            counted++;
            Set<String> seen = new HashSet<>(names);
            seen.forEach(n -> inclusive.merge(n, 1, Integer::sum));
            self.merge(names.get(0), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d execution samples, %d within %s (%.1f %%), %d truncated stacks left out%n",
                samples, counted, within, 100.0 * counted / Math.max(1, samples), truncated);
        int total = Math.max(1, counted);
        System.out.println("inclusive %   self %   method");
        inclusive.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(en -> System.out.printf(Locale.ROOT, "%10.1f %8.1f   %s%n", 100.0 * en.getValue() / total,
                        100.0 * self.getOrDefault(en.getKey(), 0) / total, en.getKey()));
        System.out.println("self %   method (the largest self shares)");
        self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top / 2)
                .forEach(en -> System.out.printf(Locale.ROOT, "%6.1f   %s%n", 100.0 * en.getValue() / total, en.getKey()));
        if (!timed.isEmpty()) {
            System.out.println("calls (JFR method timing, the whole recording)   method");
            timed.forEach((n, c) -> System.out.printf(Locale.ROOT, "%12d   %s%n", c[0], n));
        }
    }

    /** Class.method, the class without its package (nested classes keep their $). */
    private static String name(RecordedMethod m) {
        if (m == null || m.getType() == null) {
            return "?";
        }
        String type = m.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
    }
}
