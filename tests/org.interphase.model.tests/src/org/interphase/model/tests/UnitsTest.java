package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit conversion to SI; reference factors are the SI definitions (BIPM SI Brochure, 9th ed.). */
class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {2} SI")
    @CsvSource(delimiter = ';', value = {
            "50; um; 5e-5",              // micrometre
            "100; nm; 1e-7",
            "1; cm2; 1e-4",
            "1.5; mAh/cm2; 54000",       // 1.5 * 3.6 C / 1e-4 m2
            "205; mAh/g; 738000",        // 205 * 3.6 C / 1e-3 kg
            "0.1; mA/cm2; 1",            // 1e-4 A / 1e-4 m2
            "10; uA/cm2; 0.1",
            "0.1; mV/s; 1e-4",
            "1; MHz; 1e6",
            "0.1; Hz; 0.1",
            "10; min; 600",
            "1000; h; 3.6e6",
            "60; °C; 333.15",            // kelvin = celsius + 273.15
            "25; degC; 298.15",
            "0.2; MPa; 2e5",
            "60; GPa; 6e10",
            "20; wt%; 0.2",
            "95; %; 0.95",
            "1; mol/kg; 1",
            "100; kg/mol; 100",
            "5.05; g/cm3; 5050",
            "1e-4; S/cm; 1e-2",          // 1e-4 S / 1e-2 m
            "20; ohm cm2; 2e-3",
            "1; uF/cm2; 1e-2",
            "1e-7; cm2/s; 1e-11",
            "0.3; eV; 4.80652990e-20",   // 0.3 * 1.602176634e-19 J
            "50; kJ/mol; 5e4",
            "1; M; 1000",                // mol/L = 1000 mol/m3
    })
    void convertsToSI(double value, String unit, double si) {
        assertEquals(si, Units.toSI(value, unit), Math.abs(si) * 1e-9);
    }

    @Test
    void dimensionsOfCompoundUnits() {
        assertEquals(Dimension.named("areal_capacity").orElseThrow(), Units.dimensionOf("mAh/cm2").orElseThrow());
        assertEquals(Dimension.named("current_density").orElseThrow(), Units.dimensionOf("mA/cm2").orElseThrow());
        assertEquals(Dimension.named("conductivity").orElseThrow(), Units.dimensionOf("S/cm").orElseThrow());
        assertEquals(Dimension.named("area_resistance").orElseThrow(), Units.dimensionOf("ohm·cm2").orElseThrow());
        assertEquals(Dimension.named("sweep_rate").orElseThrow(), Units.dimensionOf("mV/s").orElseThrow());
        assertEquals(Dimension.C_RATE, Units.dimensionOf("C").orElseThrow());
        assertEquals(Dimension.NONE, Units.dimensionOf("").orElseThrow());
        // a C-rate is not a frequency, although both are "per time"
        assertTrue(!Units.dimensionOf("C").equals(Units.dimensionOf("Hz")));
    }

    @Test
    void commonUnitsHaveTheirDimension() {
        for (String name : Dimension.names()) {
            for (String unit : Units.common(name)) {
                assertEquals(Dimension.named(name).orElseThrow(), Units.dimensionOf(unit).orElseThrow(), unit);
            }
        }
    }

    @Test
    void unknownUnitsAreNotGuessed() {
        assertTrue(Units.parse("furlong").isEmpty());
        assertTrue(Double.isNaN(Units.toSI(1, "furlong")));
        assertTrue(Units.parse("mV/°C").isEmpty(), "an offset unit cannot be part of a compound");
    }

    @Test
    void describesDimensions() {
        assertEquals("voltage", Units.dimensionOf("mV").orElseThrow().describe());
        assertEquals("current density", Units.dimensionOf("uA/cm2").orElseThrow().describe());
    }
}
