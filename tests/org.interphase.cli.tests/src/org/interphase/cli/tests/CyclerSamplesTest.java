package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.interphase.data.CycleCapacity;
import org.interphase.data.CyclerData;
import org.interphase.data.CyclerDataReader;
import org.interphase.data.CyclerFormat;
import org.interphase.model.results.CycleRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped sample cycler files (examples/data/) hold the engine's run of examples/measured.cell: each
 * imports, and the capacities the importer derives from it (integrated current for BDF and BioLogic,
 * capacity counters for Arbin and Neware) equal the engine's own coulomb count of every cycle (its
 * cycles.csv), which is computed inside the solver from the step charges, independently of the files.
 * Run with -Dinterphase.regenerate=true to rewrite the files from a fresh run.
 */
class CyclerSamplesTest {

    private static CyclerSamples.Run run;
    private static Path data;

    @BeforeAll
    static void runTheEngine() throws Exception {
        run = CyclerSamples.run(Runs.example("measured.cell"));
        data = Runs.example("data");
        if (Boolean.getBoolean("interphase.regenerate")) {
            CyclerSamples.write(run, data);
        }
    }

    private static void assertLikeTheEngine(String name, CyclerFormat format, boolean integrated) throws Exception {
        CyclerData d = CyclerDataReader.read(data.resolve(name));
        assertEquals(format, d.format());
        assertEquals(integrated, d.integratedCurrent());
        List<CycleRecord> engine = run.result().getCycles();
        assertEquals(10, engine.size(), "the protocol's 10 cycles");
        assertEquals(engine.size(), d.cycles().size(), name + ": cycles");
        double area = run.areaCm2();
        for (int k = 0; k < engine.size(); k++) {
            CycleRecord e = engine.get(k);
            CycleCapacity c = d.cycles().get(k);
            assertEquals(e.getCycle(), c.cycle());
            // engine mAh/cm2 x cm2 / 1000 = Ah; the files keep 6 significant digits of time and current
            assertEquals(e.getChargeCapacity() * area / 1000, c.charge(), 2e-6 * c.charge(), name + " charge, cycle " + (k + 1));
            assertEquals(e.getDischargeCapacity() * area / 1000, c.discharge(), 2e-6 * c.discharge(),
                    name + " discharge, cycle " + (k + 1));
            assertEquals(e.getCoulombicEfficiency(), c.coulombicEfficiency(), 1e-3, name + " CE, cycle " + (k + 1));
            assertEquals(e.getCapacityRetention(), c.retention(), 1e-3, name + " retention, cycle " + (k + 1));
        }
        // the cell loses capacity: the comparison is not between two flat lines
        assertTrue(d.cycles().get(9).retention() < 99.5, name + ": retention after 10 cycles " + d.cycles().get(9).retention());
    }

    @Test
    void batteryDataFormat() throws Exception {
        assertLikeTheEngine("measured-bdf.csv", CyclerFormat.BDF, true);
    }

    @Test
    void biologic() throws Exception {
        assertLikeTheEngine("measured-biologic.mpt", CyclerFormat.BIOLOGIC, true);
    }

    @Test
    void arbin() throws Exception {
        assertLikeTheEngine("measured-arbin.csv", CyclerFormat.ARBIN, false);
    }

    @Test
    void neware() throws Exception {
        assertLikeTheEngine("measured-neware.csv", CyclerFormat.NEWARE, false);
    }
}
