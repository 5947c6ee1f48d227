package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cell.PolymerElectrolyte;
import org.junit.jupiter.api.Test;

/**
 * Li+-conducting filler particles carry part of the current without anions, which raises the film's
 * transference number and its limiting current (issue 12: the fillers' effect on the limiting current).
 * The reference is the field in a dielectric sphere in a uniform field (Maxwell; Landau & Lifshitz,
 * Electrodynamics of Continuous Media, section 8): E_p = 3 sigma_m / (sigma_p + 2 sigma_m) E_m, the
 * same solution Maxwell-Garnett's effective conductivity rests on.
 */
class FillerTransferenceTest {

    private static final double T = 333.15;

    private static PolymerElectrolyte electrolyte(String filler) {
        return TestCells.steelPeoFilm(filler);
    }

    @Test
    void withoutFillersTheFilmHasThePolymersTransferenceNumber() {
        PolymerElectrolyte neat = electrolyte("");
        assertEquals(0.25, neat.transferenceNumber(T), 1e-12); // library: PEO t+ 0.25
    }

    /** SiO2 conducts no Li+ (1e-12 S/cm in the library): it carries no current, t+ stays the polymer's. */
    @Test
    void anInertFillerLeavesTheTransferenceNumber() {
        PolymerElectrolyte silica = electrolyte("filler SiO2 { fraction 10 wt%  particle size 300 nm }");
        assertEquals(0.25, silica.transferenceNumber(T), 1e-6);
    }

    /**
     * 10 wt% LSPS at 60 °C (a thiophosphate: the Li3PS4/PEO10-LiTFSI interface carries a resistance that becomes negligible at
     * 50 °C, Jolly et al., Inorganics 10 (2022) 60; LATP's oxide interface makes 300 nm particles conduct
     * less than the polymer, see the library): the share of the current in the polymer, from the
     * engine's t+, must be the share the sphere solution gives for the particle conductivity that the
     * engine's own Maxwell-Garnett conductivity implies: (1 - phi) sigma_m E_m / (sigma_eff <E>), with
     * <E> = ((1 - phi) + phi 3 sigma_m / (sigma_p + 2 sigma_m)) E_m.
     */
    @Test
    void theCurrentShareAgreesWithTheMaxwellGarnettConductivity() {
        PolymerElectrolyte sulfide = electrolyte("filler LSPS { fraction 10 wt%  particle size 300 nm }");
        double phi = sulfide.fillerVolumeFraction();
        double sm = sulfide.polymerConductivity(T);
        double eff = sulfide.conductivity(T);
        // Maxwell-Garnett solved for the particle conductivity: eff/sm = (1 + 2 phi b)/(1 - phi b),
        // b = (sp - sm)/(sp + 2 sm)
        double ratio = eff / sm;
        double b = (ratio - 1) / (phi * (ratio + 2));
        double sp = sm * (1 + 2 * b) / (1 - b);
        double field = (1 - phi) + phi * 3 * sm / (sp + 2 * sm);
        double share = (1 - phi) * sm / (eff * field);
        assertEquals(1 - 0.75 * share, sulfide.transferenceNumber(T), 1e-6);
        assertTrue(sulfide.transferenceNumber(T) > 0.30, "LSPS carries a tenth or more of the current: " + sulfide.transferenceNumber(T));
        // the limiting current rises with (1 - t+) falling, beyond the Bruggeman loss of the salt's volume
        PolymerElectrolyte neat = electrolyte("");
        double expected = neat.limitingCurrent(T) * Math.pow(1 - phi, 1.5) * 0.75 / (1 - sulfide.transferenceNumber(T));
        assertEquals(expected, sulfide.limitingCurrent(T), expected * 1e-9);
    }
}
