package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cell.CellModel;
import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.Polarisation;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.junit.jupiter.api.Test;

/** The cell model's parts against the closed forms of the domain brief with the library's values. */
class CellModelTest {

    private static final double T60 = 333.15;
    private static final double T25 = 298.15;

    private final CellModel model = CellModel.of(TestCells.cell(TestCells.BARE_LCO), T60);
    private final PolymerElectrolyte spe = model.electrolyte();

    /**
     * PEO-LiTFSI VFT (domain brief): EO:Li 16.7 A = 0.27 S/cm, B = 975 K, T0 = 178 K and EO:Li 25
     * A = 0.15 S/cm, B = 873 K, T0 = 180 K both give 5.0e-4 S/cm at 60 °C; EO:Li 20 lies between.
     */
    @Test
    void conductivityFollowsVftAboveTheMelt() {
        double s167 = 0.27 * Math.exp(-975 / (T60 - 178));
        double s25 = 0.15 * Math.exp(-873 / (T60 - 180));
        double sigma = spe.conductivity(T60) / 100; // S/m -> S/cm
        assertEquals(5.0e-4, sigma, 0.25e-4);
        assertTrue(sigma >= Math.min(s167, s25) * 0.98 && sigma <= Math.max(s167, s25) * 1.02, "between both fits");
    }

    /**
     * Below the melting point (60 °C) a crystallised film conducts 20x less (factor 0.05, domain: 1-2 orders):
     * the film cooled to 25 °C and left there for two days (half-time ~5 h, polymers.cell).
     */
    @Test
    void crystallinityCutsConductivityBelowTheMelt() {
        spe.phase().setTemperature(0, T25);
        spe.phase().setClock(48 * 3600);
        double sigma25 = spe.conductivity(T25) / 100;
        assertTrue(sigma25 > 1e-6 && sigma25 < 1e-5, "PEO-LiTFSI at 25 °C: " + sigma25 + " S/cm");
        double amorphous = 0.27 * Math.exp(-975 / (T25 - 178)); // VFT alone, EO:Li 16.7
        assertTrue(sigma25 < amorphous / 10, "at least an order below the amorphous VFT value");
    }

    /** R = L / sigma: 50 um at 5e-4 S/cm is 10 ohm cm2 = 1e-3 ohm m2. */
    @Test
    void bulkResistance() {
        assertEquals(50e-6 / spe.conductivity(T60), spe.resistance(T60), 1e-15);
        assertEquals(1e-3, spe.resistance(T60), 0.1e-3);
    }

    /**
     * J* = 2 c0 F D / ((1 - t+) L) (domain brief) with c0 from EO:Li 20 counting the salt's own volume:
     * 20 x 44.053 g/mol of PEO at 1.25 g/cm3 (704.85 cm3) plus 287.07 g/mol of LiTFSI at 1.33 g/cm3
     * (215.84 cm3) per mole of salt, c0 = 1 / 920.69 cm3 = 1086.1 mol/m3), t+ = 0.25, D = 1e-7 cm2/s at 90 °C scaled
     * to 60 °C with the conductivity.
     */
    @Test
    void limitingCurrent() {
        assertEquals(1086.1, spe.saltConcentration(), 0.5);
        double d60 = 1e-11 * spe.conductivity(T60) / spe.conductivity(363.15);
        double expected = 2 * 1086.1 * Physics.F * d60 / (0.75 * 50e-6);
        assertEquals(expected, spe.limitingCurrent(T60), expected * 1e-3);
        // a few mA/cm2, well above the C/5 current of a 1.5 mAh/cm2 cathode (0.3 mA/cm2 = 3 A/m2)
        assertTrue(spe.limitingCurrent(T60) > 5 * 3, spe.limitingCurrent(T60) + " A/m2");
    }

    /** V = OCV at rest; above on charge, below on discharge; ohmic part = i R exactly. */
    @Test
    void polarisationSigns() {
        double x = 0.3;
        Polarisation rest = model.polarisation(x, 0);
        assertEquals(rest.ocv(), rest.voltage(), 0);
        double i = 3; // A/m2 = 0.3 mA/cm2
        assertTrue(model.voltage(x, i) > rest.voltage());
        assertTrue(model.voltage(x, -i) < rest.voltage());
        assertEquals(i * spe.resistance(T60), model.polarisation(x, i).ohmic(), 1e-12);
        // symmetric Butler-Volmer: (2RT/F) asinh(i / 2 i0), i0(Li) = 1 mA/cm2 = 10 A/m2 at 60 °C
        double rtf = Physics.R * T60 / Physics.F;
        assertEquals(2 * rtf * Math.log(0.15 + Math.sqrt(0.15 * 0.15 + 1)), model.polarisation(x, i).anodeChargeTransfer(), 1e-9);
    }
}
