package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cell.PolymerElectrolyte;
import org.junit.jupiter.api.Test;

/**
 * What a NASICON filler (LATP) can do to the conductivity of PEO-LiTFSI, against an analytic limit and a
 * published temperature trend. The films are made above the melting point and measured at once (amorphous).
 */
class CompositeBlockingTest {

    private static PolymerElectrolyte film(String filler) {
        return TestCells.steelPeoFilm(filler);
    }

    private static double ratio(PolymerElectrolyte composite, double temperatureK) {
        return composite.conductivity(temperatureK) / composite.polymerConductivity(temperatureK);
    }

    /**
     * The khatua2026 film (10 wt% LATP of 300 nm in PEO-LiTFSI at 60 °C): LATP (2.93 g/cm3) in PEO (1.25 g/cm3)
     * is phi = 4.53 vol%. Non-conducting spheres dispersed in a conductor lower its conductivity by 3 phi / 2 to
     * first order (Maxwell, A Treatise on Electricity and Magnetism, 1873, vol. 1, art. 314), 0.932 of the
     * polymer here; a 100 nm Li2CO3 skin (3.3 kohm cm2) makes the particles blocking. Whatever its interface, the
     * filler keeps the film between that limit and the polymer: the published 1.9e-4 S/cm against the melt's
     * 5e-4 S/cm (a factor 2.5) cannot come from LATP's interface.
     */
    @Test
    void dilutePhosphateParticlesLowerTheConductivityByThreeHalvesPhiAtMost() {
        double t = 333.15;
        double phi = (0.1 / 2930) / (0.9 / 1250 + 0.1 / 2930);
        assertEquals(0.04526, phi, 1e-4);
        PolymerElectrolyte blocked = film(
                "filler LATP { fraction 10 wt%  particle size 300 nm  surface Li2CO3 { thickness 100 nm } }");
        assertEquals(1 - 1.5 * phi, ratio(blocked, t), 0.005);
        double clean = ratio(film("filler LATP { fraction 10 wt%  particle size 300 nm }"), t);
        assertTrue(clean > ratio(blocked, t) && clean <= 1, "library LATP at 60 °C: " + clean);
    }

    /**
     * Boaretto et al., 'Transport properties and local ions dynamics in LATP-based hybrid solid electrolytes'
     * (2023, abstract at safelimove.eu): the long-range conductivity of PEO-LiTFSI falls as LATP is added, and
     * the particles contribute "only at high temperatures and at high LATP concentrations". At 30 wt% of 300 nm
     * LATP the composite conducts less than its polymer at 25 °C, and its share of the polymer's conductivity
     * grows from 25 to 80 °C. With the interface resistance of 60 °C held at every temperature, the particles
     * conducted better than the polymer at 25 °C (ratio 1.06) and worse at 80 °C: the published trend reversed.
     */
    @Test
    void phosphateParticlesJoinTheConductionOnlyWhenHot() {
        PolymerElectrolyte composite = film("filler LATP { fraction 30 wt%  particle size 300 nm }");
        double cold = ratio(composite, 298.15);
        double warm = ratio(composite, 333.15);
        double hot = ratio(composite, 353.15);
        assertTrue(cold < 1, "LATP lowers the long-range conductivity at 25 °C: " + cold);
        assertTrue(warm > cold && hot > warm, "the particles' share grows with temperature: " + cold + ", " + warm + ", " + hot);
    }
}
