package org.interphase.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.cli.Interphase;
import org.interphase.results.read.CellResult;
import org.interphase.results.read.MalformedResultException;
import org.interphase.results.read.ResultReader;
import org.interphase.results.read.StackLayer;
import org.interphase.results.read.StudyResult;
import org.interphase.results.read.SweepResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading result folders written by a real run of the engine (through {@code interphase run}),
 * compared with the files' own text.
 */
class ResultReaderTest {

    /** A small project: two cycling cells (one coated), a linear sweep, a Li|Li cell, a sweep. */
    static final String CELLS = """
            package test.read

            cell Bare {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            cell Coated {
                area 1 cm2
                cathode LCO {
                    loading 1.5 mAh/cm2
                    coating LAGP { thickness 20 nm  coverage 95 %  method ball_milling }
                }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    filler LLZTO { fraction 20 wt%  particle size 400 nm }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            protocol Short45 {
                temperature 60 °C
                impedance from 1 MHz to 0.1 Hz
                repeat 12 {
                    charge at C/5 until 4.5 V
                    discharge at C/5 until 3.0 V
                }
                impedance from 1 MHz to 0.1 Hz
            }

            study Cycling {
                cells Bare, Coated
                protocol Short45
                mechanisms all
            }

            sweep Thickness {
                study Cycling
                vary Coated.cathode.coating.thickness in 0 nm, 40 nm
            }
            """;

    @TempDir
    static Path project;

    static Path out;

    @BeforeAll
    static void run() throws IOException {
        Path file = project.resolve("read.cell");
        Files.writeString(file, CELLS, StandardCharsets.UTF_8);
        out = project.resolve("results");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Interphase.run(new String[] { "run", file.toString(), "--out", out.toString(), "--threads", "2" },
                new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, o + "\n" + e);
    }

    /** A column of a CSV file, read here independently of the reader: the field as written. */
    private static List<String> column(Path csv, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int i = List.of(lines.get(0).split(",", -1)).indexOf(name);
        assertTrue(i >= 0, name + " in " + csv);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[i]).toList();
    }

    private static void assertSameEnds(Path csv, String name, double[] series) throws IOException {
        List<String> written = column(csv, name);
        assertEquals(written.size(), series.length, csv + " " + name);
        assertTrue(series.length > 0, csv + " " + name + " has rows");
        assertEquals(Double.parseDouble(written.get(0)), series[0], csv + " " + name + " first");
        assertEquals(Double.parseDouble(written.get(written.size() - 1)), series[series.length - 1], csv + " " + name + " last");
    }

    @Test
    void readsEveryCellOfTheStudyWithTheSeriesOfItsFiles() throws Exception {
        StudyResult study = ResultReader.readStudy(out.resolve("test.read.Cycling"));
        assertEquals("Cycling", study.name());
        assertEquals(List.of("Bare", "Coated"), study.cells().stream().map(CellResult::cell).toList());
        assertNotNull(study.report(), "report.html beside the cells");
        for (CellResult c : study.cells()) {
            Path f = c.folder();
            assertEquals(12, c.cycles().size(), "the 12 cycles of the repeat (an impedance step is no cycle)");
            assertSameEnds(f.resolve("cycles.csv"), "capacity_retention_pct", c.cycles().numbers("capacity_retention_pct"));
            assertSameEnds(f.resolve("cycles.csv"), "resistance_ohm_cm2", c.cycles().numbers("resistance_ohm_cm2"));
            assertSameEnds(f.resolve("trace.csv"), "voltage_V", c.trace().numbers("voltage_V"));
            assertSameEnds(f.resolve("impedance.csv"), "z_real_ohm_cm2", c.impedance().numbers("z_real_ohm_cm2"));
            assertNull(c.lsv(), "no linear sweep in this protocol");
            // summary.json's retention is the last cycle's (docs/results.md: last over first discharge)
            double[] retention = c.cycles().numbers("capacity_retention_pct");
            assertEquals(retention[retention.length - 1], c.metric("capacity_retention_pct"), 1e-3);
            assertEquals("completed", c.status());
            assertTrue(Double.isNaN(c.metric("time_to_short_h")), "null in summary.json reads as NaN");
        }
    }

    @Test
    void theStackOfSummaryJsonListsTheDeclaredLayersCathodeFirst() throws Exception {
        CellResult coated = ResultReader.readCell(out.resolve("test.read.Cycling/Coated"));
        assertEquals(List.of("cathode", "coating", "electrolyte", "anode"), coated.stack().stream().map(StackLayer::kind).toList());
        StackLayer coating = coated.stack().get(1);
        assertEquals("LAGP", coating.material());
        // "thickness 20 nm" in CELLS above: 2e-8 m
        assertEquals(2e-8, coating.thicknessM(), 1e-15);
        assertEquals("20 nm", coating.thickness());
        StackLayer electrolyte = coated.stack().get(2);
        assertEquals("PEO", electrolyte.material());
        assertEquals(5e-5, electrolyte.thicknessM(), 1e-12);
        assertEquals(List.of("LLZTO 20 wt%"), electrolyte.fillers());
        assertEquals(5e-5, coated.stack().get(3).thicknessM(), 1e-12);
        // the cathode's thickness is not declared (only its loading): NaN, nothing invented
        assertTrue(Double.isNaN(coated.stack().get(0).thicknessM()));
        CellResult bare = ResultReader.readCell(out.resolve("test.read.Cycling/Bare"));
        assertEquals(List.of("cathode", "electrolyte", "anode"), bare.stack().stream().map(StackLayer::kind).toList());
    }

    @Test
    void aSummaryJsonOpensItsWholeStudyWithItsCellSelected() throws Exception {
        var opened = ResultReader.open(out.resolve("test.read.Cycling/Coated/summary.json"));
        var study = assertInstanceOf(ResultReader.OpenedStudy.class, opened);
        assertEquals("Coated", study.selected());
        assertEquals(2, study.study().cells().size());
        var folder = assertInstanceOf(ResultReader.OpenedStudy.class, ResultReader.open(out.resolve("test.read.Cycling")));
        assertNull(folder.selected());
    }

    @Test
    void readsTheSweepTableWithItsVariedColumn() throws Exception {
        Path csv = out.resolve("test.read.Thickness/sweep.csv");
        SweepResult sweep = assertInstanceOf(ResultReader.OpenedSweep.class, ResultReader.open(csv)).sweep();
        assertEquals("Thickness", sweep.name());
        assertEquals(List.of("Coated.cathode.coating.thickness_nm"), sweep.varied());
        // two values, two cells each
        assertEquals(4, sweep.table().size());
        assertSameEnds(csv, "Coated.cathode.coating.thickness_nm", sweep.table().numbers("Coated.cathode.coating.thickness_nm"));
        assertSameEnds(csv, "capacity_retention_pct", sweep.table().numbers("capacity_retention_pct"));
        assertTrue(sweep.metrics().contains("final_resistance_ohm_cm2"));
    }

    @Test
    void malformedFilesAreNamedWithTheirLine(@TempDir Path copy) throws Exception {
        Path cell = copy.resolve("Study/Bare");
        Files.createDirectories(cell);
        for (String f : List.of("summary.json", "cycles.csv", "trace.csv", "impedance.csv")) {
            Files.copy(out.resolve("test.read.Cycling/Bare").resolve(f), cell.resolve(f));
        }
        List<String> cycles = Files.readAllLines(cell.resolve("cycles.csv"));
        // a number spoilt on the third line
        String bad = cycles.get(2).replaceFirst(",[^,]*,", ",4,5x,");
        Files.write(cell.resolve("cycles.csv"), List.of(cycles.get(0), cycles.get(1), bad));
        var e = assertThrows(MalformedResultException.class, () -> ResultReader.readStudy(copy.resolve("Study")));
        assertTrue(e.getMessage().startsWith(cell.resolve("cycles.csv") + ":3: "), e.getMessage());
        // a missing field
        Files.write(cell.resolve("cycles.csv"), List.of(cycles.get(0), cycles.get(1).substring(0, cycles.get(1).lastIndexOf(','))));
        e = assertThrows(MalformedResultException.class, () -> ResultReader.readCell(cell));
        assertEquals(cell.resolve("cycles.csv") + ":2: 9 fields, the header has 10", e.getMessage());
        // a header of another file
        Files.write(cell.resolve("cycles.csv"), List.of("time_s,voltage_V"));
        e = assertThrows(MalformedResultException.class, () -> ResultReader.readCell(cell));
        assertTrue(e.getMessage().startsWith(cell.resolve("cycles.csv") + ":1: the header is"), e.getMessage());
        // JSON cut short: line and column
        Files.writeString(cell.resolve("summary.json"), "{\n  \"study\" : \"S\",\n  \"cell\" : ");
        e = assertThrows(MalformedResultException.class, () -> ResultReader.readCell(cell));
        assertTrue(e.getMessage().startsWith(cell.resolve("summary.json") + ":3:"), e.getMessage());
        // a folder that holds no cell
        e = assertThrows(MalformedResultException.class, () -> ResultReader.readStudy(copy));
        assertTrue(e.getMessage().contains("no <cell>/summary.json"), e.getMessage());
    }
}
