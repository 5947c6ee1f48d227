package org.interphase.report.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.SweepPoint;
import org.interphase.model.results.TracePoint;
import org.jfree.data.xy.XYDataset;

/** Run results made by hand (the numbers are invented; only their flow into plots is tested). */
final class Runs {

    private static final ResultsFactory F = ResultsFactory.eINSTANCE;

    private Runs() {
    }

    static RunResult run(String cell) {
        RunResult r = F.createRunResult();
        r.setStudy("Study");
        r.setCell(cell);
        r.setProtocol("Protocol");
        r.setStatus(RunStatus.COMPLETED);
        r.setMetrics(F.createMetrics());
        return r;
    }

    /** A cycling run: one row per retention value, resistance 10 + cycle ohm cm2. */
    static RunResult cycling(String cell, double... retention) {
        RunResult r = run(cell);
        for (int i = 0; i < retention.length; i++) {
            CycleRecord c = F.createCycleRecord();
            c.setCycle(i + 1);
            c.setChargeCapacity(1.0);
            c.setDischargeCapacity(retention[i] / 100);
            c.setCapacityRetention(retention[i]);
            c.setCoulombicEfficiency(retention[i]);
            c.setResistance(10 + i + 1);
            r.getCycles().add(c);
        }
        Metrics m = r.getMetrics();
        m.setCyclesCompleted(retention.length);
        m.setCapacityRetention(retention[retention.length - 1]);
        m.setFinalResistance(10.0 + retention.length);
        return r;
    }

    static TracePoint trace(double timeS, double voltage, double current, int cycle, String step) {
        TracePoint p = F.createTracePoint();
        p.setTime(timeS);
        p.setVoltage(voltage);
        p.setCurrent(current);
        p.setTemperature(333.15);
        p.setCycle(cycle);
        p.setStep(step);
        return p;
    }

    static SweepPoint sweep(double potential, double current) {
        SweepPoint p = F.createSweepPoint();
        p.setPotential(potential);
        p.setCurrent(current);
        return p;
    }

    static ImpedancePoint impedance(int cycle, double frequency, double real, double imaginary) {
        ImpedancePoint p = F.createImpedancePoint();
        p.setCycle(cycle);
        p.setFrequency(frequency);
        p.setReal(real);
        p.setImaginary(imaginary);
        return p;
    }

    /** The x values of a dataset's series. */
    static List<Double> xs(XYDataset d, int series) {
        return java.util.stream.IntStream.range(0, d.getItemCount(series)).mapToObj(i -> d.getXValue(series, i)).toList();
    }

    static List<Double> ys(XYDataset d, int series) {
        return java.util.stream.IntStream.range(0, d.getItemCount(series)).mapToObj(i -> d.getYValue(series, i)).toList();
    }

    /** Decodes a PNG file (fails the test when it is not one). */
    static BufferedImage png(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        if (img == null) {
            throw new AssertionError(file + " is not an image");
        }
        return img;
    }

    /** Names in a folder, hidden ones included. */
    static List<String> names(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
