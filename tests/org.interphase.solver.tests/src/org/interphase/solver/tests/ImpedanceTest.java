package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.solver.impedance.CellCircuit;
import org.interphase.solver.impedance.Element;
import org.interphase.solver.impedance.ImpedancePoint;
import org.interphase.solver.impedance.Spectrum;
import org.junit.jupiter.api.Test;

/** Impedance spectra of blocking and lithium cells, and the conductivity read back from them. */
class ImpedanceTest {

    private static final String BLOCKING = """
            package t
            cell Blocking {
                area 1 cm2
                cathode SS
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 16 }
                    thickness 100 um
                }
                anode SS
            }
            """;

    private static final String SYMMETRIC = """
            package t
            cell LiLi {
                area 1 cm2
                cathode Li { thickness 50 um }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            """;

    /** Z of R || C at omega = 1/RC is R/2 - jR/2 (the top of the arc). */
    @Test
    void parallelElementAtItsCornerFrequency() {
        double r = 2;
        double c = 1e-3;
        Element e = new Element("test", r, c);
        var z = e.impedance(1 / (2 * Math.PI * r * c));
        assertEquals(1.0, z.getReal(), 1e-12);
        assertEquals(-1.0, z.getImaginary(), 1e-12);
    }

    /**
     * SS|PEO-LiTFSI|SS from 1 MHz to 1 Hz at 25 °C (the composite example's protocol without filler):
     * sigma = L / (R_bulk A) read from the spectrum equals the model's conductivity.
     */
    @Test
    void blockingCellGivesBackTheConductivity() {
        Cell cell = TestCells.cell(BLOCKING);
        double t = 298.15;
        Spectrum s = Spectrum.of(CellCircuit.of(cell, t), 1e6, 1, 10);
        assertEquals(61, s.points().size(), "6 decades at 10 points per decade, both ends");
        double sigma = PolymerElectrolyte.of(cell.getElectrolyte()).conductivity(t);
        double read = 100e-6 / s.bulkResistance();
        assertEquals(sigma, read, 0.01 * sigma);
        // blocking electrodes: the low-frequency tail is capacitive, -Z'' grows without bound
        List<ImpedancePoint> p = s.points();
        assertTrue(-p.get(p.size() - 1).imaginary() > 100 * s.bulkResistance());
    }

    /** Li|PEO|Li at 60 °C: the low-frequency intercept adds 2 RT/(F i0) for the two Li interfaces. */
    @Test
    void lithiumCellShowsTwoChargeTransferResistances() {
        Cell cell = TestCells.cell(SYMMETRIC);
        double t = 333.15;
        Spectrum s = Spectrum.of(CellCircuit.of(cell, t), 1e6, 0.1, 10);
        // i0(Li) = 1 mA/cm2 = 10 A/m2 at 60 °C (library): R_ct = RT/(F i0) = 2.87e-3 ohm m2 each
        double rct = Physics.R * t / Physics.F / 10;
        assertEquals(2 * rct, s.interfacialResistance(), 0.02 * 2 * rct);
        double bulk = PolymerElectrolyte.of(cell.getElectrolyte()).resistance(t);
        assertEquals(bulk, s.bulkResistance(), 0.02 * bulk);
    }

    /**
     * The cathode's double layer sits on its real surface (issue 12): 1.5 mAh/cm2 of LCO at 140 mAh/g is
     * 10.714 mg/cm2 of 5 um particles at 5.05 g/cm3, 3 m / (rho r) = 12.73 cm2/cm2; 5 wt% of Super P is
     * 0.5639 mg/cm2 at 62 m2/g = 349.6 cm2/cm2; 1 uF/cm2 on 362.3 cm2/cm2 = 3.623 F/m2. Half the contact
     * doubles R_ct (RT/(F i0), i0 = 0.5 mA/cm2 at 60 °C) and halves the double layer.
     */
    @Test
    void theCathodeDoubleLayerSitsOnTheRealSurface() {
        Cell cell = TestCells.cell(TestCells.BARE_LCO);
        Element fresh = CellCircuit.of(cell, 333.15).get(0);
        assertEquals(3.623, fresh.capacitance(), 0.005);
        assertEquals(Physics.thermalVoltage(333.15) / 5, fresh.resistance(), 1e-9);
        Element half = CellCircuit.of(cell, 333.15, 0.5).get(0);
        assertEquals(2 * fresh.resistance(), half.resistance(), 1e-12);
        assertEquals(fresh.capacitance() / 2, half.capacitance(), 1e-12);
    }
}
