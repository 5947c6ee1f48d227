package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.data.CycleCapacity;
import org.interphase.data.CyclerData;
import org.interphase.data.CyclerDataReader;
import org.interphase.data.CyclerFormat;
import org.interphase.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small files of each format whose capacities are worked out by hand in the comments (Ah = A x s / 3600),
 * and malformed files, which must fail with their line.
 */
class CyclerDataReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertCycle(CycleCapacity c, int cycle, double charge, double discharge, double ce,
            double retention) {
        assertEquals(cycle, c.cycle());
        assertEquals(charge, c.charge(), 1e-12, "charge of cycle " + cycle);
        assertEquals(discharge, c.discharge(), 1e-12, "discharge of cycle " + cycle);
        assertEquals(ce, c.coulombicEfficiency(), 1e-9, "CE of cycle " + cycle);
        assertEquals(retention, c.retention(), 1e-9, "retention of cycle " + cycle);
    }

    @Test
    void bdfWithoutCapacitiesIntegratesTheCurrentAndFindsCyclesAtTheChargeAfterADischarge() throws Exception {
        CyclerData d = CyclerDataReader.read(write("cell.csv", """
                Test Time / s,Voltage / V,Current / A
                0,3.0,0
                3600,4.2,0.001
                4200,4.1,0
                7800,3.0,-0.0009
                8400,3.05,0
                12000,4.2,0.001
                15600,3.0,-0.00081
                """));
        assertEquals(CyclerFormat.BDF, d.format());
        assertTrue(d.integratedCurrent());
        assertEquals(7, d.samples().size());
        assertEquals(List.of(1, 1, 1, 1, 1, 2, 2), d.samples().stream().map(s -> s.cycle()).toList());
        // cycle 1: 0.001 A x 3600 s = 0.001 Ah in, 0.0009 A x 3600 s = 0.0009 Ah out: CE 90 %
        assertCycle(d.cycles().get(0), 1, 0.001, 0.0009, 90, 100);
        // cycle 2: 0.001 Ah in, 0.00081 Ah out: CE 81 %, retention 0.00081 / 0.0009 = 90 %
        assertCycle(d.cycles().get(1), 2, 0.001, 0.00081, 81, 90);
        assertEquals(2, d.samples().get(0).line()); // the first data row is line 2
    }

    @Test
    void bdfCapacityCountersThatRunFromTheStartOfTheTest() throws Exception {
        CyclerData d = CyclerDataReader.read(write("cell.csv", """
                Test Time / s,Voltage / V,Current / A,Cycle Count / 1,Charging Capacity / Ah,Discharging Capacity / Ah
                0,3.0,0,1,0,0
                3600,4.2,0.002,1,0.002,0
                7200,3.0,-0.0019,1,0.002,0.0019
                10800,4.2,0.002,2,0.004,0.0019
                14400,3.0,-0.0018,2,0.004,0.0037
                """));
        assertFalse(d.integratedCurrent());
        // cycle 1: 0.002 Ah in, 0.0019 out; cycle 2: counters rise 0.004 - 0.002 and 0.0037 - 0.0019
        assertCycle(d.cycles().get(0), 1, 0.002, 0.0019, 95, 100);
        assertCycle(d.cycles().get(1), 2, 0.002, 0.0018, 90, 0.0018 / 0.0019 * 100);
    }

    @Test
    void arbinCountersRestartEveryCycle() throws Exception {
        CyclerData d = CyclerDataReader.read(write("arbin.csv", """
                Data_Point,Test_Time(s),Step_Index,Cycle_Index,Current(A),Voltage(V),Charge_Capacity(Ah),Discharge_Capacity(Ah)
                1,0,1,1,0,3.0,0,0
                2,1800,2,1,0.003,4.0,0.0015,0
                3,3600,2,1,0.003,4.3,0.003,0
                4,7200,3,1,-0.0025,3.0,0.003,0.0025
                5,9000,2,2,0.003,4.1,0.0015,0
                6,10800,2,2,0.003,4.3,0.003,0
                7,14400,3,2,-0.0024,3.0,0.003,0.0024
                """));
        assertEquals(CyclerFormat.ARBIN, d.format());
        // cycle 1: 0.003 Ah in, 0.0025 Ah out; cycle 2 restarts at 0.0015 after 0.003: 0.0015 + 0.0015 in
        assertCycle(d.cycles().get(0), 1, 0.003, 0.0025, 0.0025 / 0.003 * 100, 100);
        assertCycle(d.cycles().get(1), 2, 0.003, 0.0024, 80, 96);
    }

    @Test
    void newareHoursMinutesSecondsCountersPerStepAndTheSignFromTheStepType() throws Exception {
        CyclerData d = CyclerDataReader.read(write("neware.csv", """
                DataPoint,Cycle Index,Step Index,Step Type,Time,Total Time,Current(mA),Voltage(V),Chg. Cap.(mAh),DChg. Cap.(mAh)
                1,1,1,Rest,00:00:00,00:00:00,0,3.0,0,0
                2,1,2,CC Chg,01:00:00,01:00:00,1.5,4.1,1.5,0
                3,1,3,CV Chg,00:30:00,01:30:00,0.4,4.2,0.2,0
                4,1,4,CC DChg,01:00:00,02:30:00,1.6,3.0,0,1.6
                5,2,5,CC Chg,01:00:00,1-0:00:00,1.5,4.1,1.5,0
                6,2,6,CC DChg,01:00:00,1-1:00:00,1.5,3.0,0,1.5
                """));
        assertEquals(CyclerFormat.NEWARE, d.format());
        assertEquals(86400 + 3600, d.samples().get(5).time(), 1e-9); // 1-1:00:00 is a day and an hour
        assertEquals(-1.6e-3, d.samples().get(3).current(), 1e-15); // unsigned, made negative by 'DChg'
        // cycle 1: CC 1.5 mAh, then the counter restarts for the CV step: 0.2 mAh; 1.7 mAh in, 1.6 out
        assertCycle(d.cycles().get(0), 1, 1.7e-3, 1.6e-3, 1.6 / 1.7 * 100, 100);
        assertCycle(d.cycles().get(1), 2, 1.5e-3, 1.5e-3, 100, 1.5 / 1.6 * 100);
    }

    @Test
    void biologicDecimalCommaHeaderBlockMilliampsAndZeroBasedCycles() throws Exception {
        CyclerData d = CyclerDataReader.read(write("cell.mpt", """
                EC-Lab ASCII FILE
                Nb header lines : 5
                
                Technique : GCPL
                mode\tox/red\ttime/s\tEwe/V\tI/mA\tcycle number\t
                1\t0\t0,0\t3,000\t0,000\t0\t
                1\t1\t3600,0\t4,200\t2,000\t0\t
                1\t0\t7200,0\t3,000\t-1,800\t0\t
                1\t1\t10800,0\t4,200\t2,000\t1\t
                1\t0\t14400,0\t3,000\t-1,710\t1\t
                """));
        assertEquals(CyclerFormat.BIOLOGIC, d.format());
        assertEquals(6, d.samples().get(0).line());
        assertEquals(4.2, d.samples().get(1).voltage(), 1e-12);
        // 2 mA x 1 h = 2 mAh in, 1.8 mAh out; cycle 'number 1' is the second: 1.71 / 1.8 = 95 %
        assertCycle(d.cycles().get(0), 1, 0.002, 0.0018, 90, 100);
        assertCycle(d.cycles().get(1), 2, 0.002, 0.00171, 85.5, 95);
    }

    private DataFormatException fails(String name, String text) throws IOException {
        Path p = write(name, text);
        return assertThrows(DataFormatException.class, () -> CyclerDataReader.read(p));
    }

    @Test
    void aBadNumberNamesItsLineAndColumn() throws Exception {
        DataFormatException e = fails("bad.csv", """
                Test Time / s,Voltage / V,Current / A
                0,3.0,0
                10,4.x,0.001
                20,4.1,0.001
                """);
        assertEquals(3, e.line());
        assertEquals(dir.resolve("bad.csv") + ":3: column 'Voltage / V': '4.x' is not a number", e.getMessage());
    }

    @Test
    void aMissingColumnIsAnErrorAtTheHeader() throws Exception {
        DataFormatException e = fails("nocurrent.csv", """
                Test_Time(s),Voltage(V),Cycle_Index
                0,3.0,1
                """);
        assertEquals(1, e.line());
        assertEquals("missing column 'Current(A)' (Arbin CSV; also read: Current(mA))", e.problem());
    }

    @Test
    void aTruncatedLastLineFailsTheWholeFile() throws Exception {
        DataFormatException e = fails("cut.csv", """
                Test Time / s,Voltage / V,Current / A
                0,3.0,0
                10,4.0,0.001
                20,4.1""");
        assertEquals(4, e.line());
        assertEquals("the row has 2 fields, the header 3 (a truncated line?)", e.problem());
    }

    @Test
    void timeThatGoesBackIsAnError() throws Exception {
        DataFormatException e = fails("back.csv", """
                Test Time / s,Voltage / V,Current / A
                0,3.0,0
                10,4.0,0.001
                5,4.1,0.001
                """);
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("goes back in time"), e.problem());
    }

    @Test
    void aFileOfNoKnownFormatOrWithoutRowsOrBioLogicHeaderBeyondTheEnd() throws Exception {
        assertEquals("not a cycler export this version reads: no time column (Battery Data Format 'Test Time / s', "
                + "Arbin 'Test_Time(s)', Neware 'Total Time', or a BioLogic .mpt)",
                fails("x.csv", "a,b,c\n1,2,3\n").problem());
        assertEquals("no data rows after the column header",
                fails("empty.csv", "Test Time / s,Voltage / V,Current / A\n").problem());
        DataFormatException e = fails("short.mpt", "EC-Lab ASCII FILE\nNb header lines : 40\n\n");
        assertTrue(e.problem().startsWith("the file ends before its column header"), e.problem());
        assertEquals("the file is empty", fails("blank.csv", "\n").problem());
    }
}
