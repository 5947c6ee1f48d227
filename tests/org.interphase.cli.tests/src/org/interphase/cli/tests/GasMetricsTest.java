package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.model.results.RunResult;
import org.interphase.results.read.ResultReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * summary.json's gas_umol_cm2 holds every gas the engine tracks, CO2 and O2 as well as H2, CH4 and CO
 * (docs/results.md). NCM811 charged to 4.5 V, above its lattice-oxygen onset of about 4.3 V (on-line mass
 * spectrometry, Jung et al., J. Electrochem. Soc. 164 (2017) A1361), releases O2; a result read back keeps both.
 */
class GasMetricsTest {

    private static final String CELL = "package t\n" + Runs.peoCell("Ncm", "NCM811 { loading 1.5 mAh/cm2  carbon 5 wt% }")
            + Runs.cycles("High", 3, "4.5 V") + "study S {\n    cell Ncm\n    protocol High\n    mechanisms all\n}\n";

    @Test
    void carbonDioxideAndOxygenAreReported(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("gas.cell");
        Files.writeString(file, CELL);
        Path out = tmp.resolve("out");
        Runs.Output r = Runs.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        Path folder = out.resolve("t.S/Ncm");
        JsonNode gas = new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("metrics").get("gas_umol_cm2");
        for (String species : new String[] { "H2", "CH4", "CO", "CO2", "O2" }) {
            assertTrue(gas.has(species) && gas.get(species).isNumber(), species + " in " + gas);
        }
        assertTrue(gas.get("O2").asDouble() > 0, "O2 from NCM811 above its onset: " + gas);
        RunResult back = ResultReader.readRun(folder);
        assertEquals(gas.get("O2").asDouble(), back.getMetrics().getGas().getO2(), 1e-12);
        assertEquals(gas.get("CO2").asDouble(), back.getMetrics().getGas().getCo2(), 1e-12);
    }
}
