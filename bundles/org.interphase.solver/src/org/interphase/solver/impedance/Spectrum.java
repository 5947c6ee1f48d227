package org.interphase.solver.impedance;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.complex.Complex;

/**
 * The impedance of elements in series over a frequency range, and what experimentalists read off
 * it: the bulk resistance where the bulk arc meets the interfacial features (the local minimum of
 * -Z'' coming from high frequency), and from it the ionic conductivity L / R_bulk.
 */
public final class Spectrum {

    private final List<ImpedancePoint> points;

    private Spectrum(List<ImpedancePoint> points) {
        this.points = List.copyOf(points);
    }

    /**
     * Evaluates the circuit from one frequency to another (either order), log-spaced with the given
     * number of points per decade, both ends included.
     */
    public static Spectrum of(List<Element> elements, double from, double to, int pointsPerDecade) {
        if (!(from > 0) || !(to > 0) || from == to || pointsPerDecade < 1) {
            throw new IllegalArgumentException("an impedance spectrum needs two different positive frequencies");
        }
        double decades = Math.abs(Math.log10(to / from));
        int n = Math.max(2, (int) Math.round(decades * pointsPerDecade) + 1);
        List<ImpedancePoint> points = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double f = from * Math.pow(to / from, k / (double) (n - 1));
            Complex z = Complex.ZERO;
            for (Element e : elements) {
                z = z.add(e.impedance(f));
            }
            points.add(new ImpedancePoint(f, z.getReal(), z.getImaginary()));
        }
        return new Spectrum(points);
    }

    public List<ImpedancePoint> points() {
        return points;
    }

    /**
     * The bulk resistance read as experimentalists do: going down in frequency, Z' at the first local
     * minimum of -Z'' (where the bulk arc ends); the lowest-frequency Z' when there is none (the arc
     * lies above the measured range's lower end).
     */
    public double bulkResistance() {
        List<ImpedancePoint> byFrequency = new ArrayList<>(points);
        byFrequency.sort((a, b) -> Double.compare(b.frequency(), a.frequency()));
        for (int i = 0; i < byFrequency.size() - 1; i++) {
            double here = -byFrequency.get(i).imaginary();
            double above = i == 0 ? Double.POSITIVE_INFINITY : -byFrequency.get(i - 1).imaginary();
            if (here <= above && here < -byFrequency.get(i + 1).imaginary()) {
                return byFrequency.get(i).real(); // at i = 0 the arc lies above the range: its intercept
            }
        }
        return byFrequency.get(byFrequency.size() - 1).real();
    }

    /** Z' at the lowest frequency minus the bulk resistance: the interfaces' resistance, ohm m2. */
    public double interfacialResistance() {
        ImpedancePoint lowest = points.stream().min((a, b) -> Double.compare(a.frequency(), b.frequency()))
                .orElseThrow();
        return lowest.real() - bulkResistance();
    }
}
