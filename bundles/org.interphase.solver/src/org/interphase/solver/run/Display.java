package org.interphase.solver.run;

/** Conversions from SI to the units results are reported in (cycles.csv, summary.json). */
final class Display {

    private Display() {
    }

    /** C/m2 to mAh/cm2: 1 mAh/cm2 = 3.6 C / 1e-4 m2 = 36000 C/m2. */
    static double mAhPerCm2(double coulombPerSquareMetre) {
        return coulombPerSquareMetre / 36000;
    }

    /** A/m2 to mA/cm2. */
    static double mAPerCm2(double amperePerSquareMetre) {
        return amperePerSquareMetre / 10;
    }

    /** ohm m2 to ohm cm2. */
    static double ohmCm2(double ohmSquareMetre) {
        return ohmSquareMetre * 1e4;
    }

    /** mol/m2 to umol/cm2. */
    static double umolPerCm2(double molPerSquareMetre) {
        return molPerSquareMetre * 100;
    }

    /** S/m to S/cm. */
    static double siemensPerCm(double siemensPerMetre) {
        return siemensPerMetre / 100;
    }
}
