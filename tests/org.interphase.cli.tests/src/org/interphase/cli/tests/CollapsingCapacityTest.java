package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.cli.Interphase;
import org.junit.jupiter.api.Test;

/**
 * A cell whose capacity collapses while the multi-rate scheme jumps cycles (validation case
 * wu2024-pdol-lco-200: in-situ PDOL against LiCoO2 charged to 4.45 V at 25 °C). The scheme drew each
 * jumped row on the straight line through the last two simulated ones, so a capacity falling faster
 * than any slow state ran below zero (charge -0.005 mAh/cm2 in cycle 23) and the run failed its result
 * checks. A delivered or taken capacity cannot be negative, and the published cell ran its 200 cycles
 * (Wu et al., Sci. China Chem. 2024, doi:10.1007/s11426-023-1953-2): so must the model's.
 */
class CollapsingCapacityTest {

    @Test
    void aCollapsingCellRunsItsCyclesWithoutANegativeCapacity() throws Exception {
        Path out = Files.createTempDirectory("interphase-collapse");
        Path file = Path.of(System.getProperty("interphase.testdata")).resolve("collapse/collapse.cell");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Interphase.run(new String[] { "run", file.toString(), "--out", out.toString() }, new PrintWriter(o),
                new PrintWriter(e));
        assertEquals(0, code, o + "\n" + e);
        Path cell = out.resolve("testdata.collapse.Wu2024Cycling").resolve("LcoPdolLi");
        String summary = Files.readString(cell.resolve("summary.json"));
        assertTrue(summary.contains("\"completed\""), summary);
        List<String> rows = Files.readAllLines(cell.resolve("cycles.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int charge = header.indexOf("charge_capacity_mAh_cm2");
        int discharge = header.indexOf("discharge_capacity_mAh_cm2");
        assertTrue(charge >= 0 && discharge >= 0, rows.get(0));
        assertEquals(201, rows.size(), "200 cycles and the header");
        for (String row : rows.subList(1, rows.size())) {
            String[] v = row.split(",");
            assertTrue(Double.parseDouble(v[charge]) >= 0 && Double.parseDouble(v[discharge]) >= 0, row);
        }
    }
}
