package org.interphase.mechanisms.oxidation;

import org.interphase.mechanisms.cathode.film.VolumeChange;
import org.interphase.model.CellInterface;
import org.interphase.solver.api.CellProperties;

/**
 * How fast the surface of a cathode's particles strains, relative to a film's fracture strain: the
 * linear strain e = dV/V / 3 from the library's volume change curve (delithiation, volume change), its
 * slope at a delithiation times dx/dt = i / Q_theoretical. A cathode without a curve does not breathe.
 */
final class Breathing {

    private final double[] x;
    private final double[] dv;
    private final double capacity;
    private final double fractureStrain;

    private Breathing(double[] x, double[] dv, double capacity, double fractureStrain) {
        this.x = x;
        this.dv = dv;
        this.capacity = capacity;
        this.fractureStrain = fractureStrain;
    }

    static Breathing of(CellInterface where, double fractureStrain) {
        double[][] curve = CellProperties.curve(where.getElectrode().getMaterial(), "volume change");
        double capacity = CellProperties.cathode(where).theoreticalCapacity();
        return new Breathing(curve[0], curve[1], capacity, fractureStrain);
    }

    /** |de/dt| / e_f at a delithiation and a current density through the interface (A/m2), 1/s. */
    double strainRate(double delithiation, double current) {
        if (x.length < 2 || current == 0) {
            return 0;
        }
        double slope = VolumeChange.slope(x, dv, delithiation);
        return Math.abs(slope / 3 * current / capacity) / fractureStrain;
    }
}
