package org.interphase.dsl.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of an Interphase project, shared by {@code interphase init} and the workbench's New
 * Interphase Project wizard: cells/, protocols/, studies/, data/ and results/, a {@code .gitignore},
 * and examples that check and run.
 */
public final class ProjectLayout {

    /** The folders of a project, in the order they are made. */
    public static final List<String> FOLDERS = List.of("cells", "protocols", "studies", "data", "results");

    /**
     * The example files, each named after what it declares, so that the editor tabs of a new project
     * read differently (they were all example.cell).
     */
    public static final String EXAMPLE_CELL = "cells/example-cell.cell";

    /** The example protocol, see {@link #EXAMPLE_CELL}. */
    public static final String EXAMPLE_PROTOCOL = "protocols/example-protocol.cell";

    /** The example study, see {@link #EXAMPLE_CELL}. */
    public static final String EXAMPLE_STUDY = "studies/example-study.cell";

    private ProjectLayout() {
    }

    /** True for a dotted name of letters, digits and _ (such as {@code lab} or {@code lab.coatings}). */
    public static boolean isPackageName(String name) {
        return name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    }

    /**
     * The files of a new project, by path relative to the project folder, in the order to write them:
     * a {@code .gitignore}, an example cell, protocol and study that check and run, and READMEs for
     * data/ and results/.
     *
     * @param pkg the package of the examples ({@code pkg.cells}, {@code pkg.protocols}, {@code pkg.studies})
     */
    public static Map<String, String> files(String pkg) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".gitignore", """
                # Interphase Workbench project (written by 'interphase init' or the New Interphase Project wizard)
                # Results are meant to be committed (teammates compare and reuse them); only what
                # differs from run to run, and what an interrupted run leaves behind, stays out.
                results/**/timing.json
                results/**/.partial-*
                results/**/.old-*
                # build output and workbench metadata
                target/
                bin/
                .metadata/
                """);
        files.put(EXAMPLE_CELL, """
                // An example cell: LiCoO2 against PEO-LiTFSI and lithium metal. Cells go into cells/.
                package %1$s.cells

                cell ExampleLco {
                    area 1 cm2
                    cathode LCO {                        // the built-in material library needs no import
                        loading 1.5 mAh/cm2
                        carbon 5 wt%%
                    }
                    electrolyte {
                        polymer PEO { end group methoxy }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }
                """.formatted(pkg));
        files.put(EXAMPLE_PROTOCOL, """
                // An example test protocol. Protocols go into protocols/.
                package %1$s.protocols

                protocol ExampleCycling {
                    temperature 60 °C
                    repeat 20 {                          // one repetition is one cycle
                        charge at C/5 until 4.2 V
                        rest for 10 min
                        discharge at C/5 until 3.0 V
                        rest for 10 min
                    }
                }
                """.formatted(pkg));
        files.put(EXAMPLE_STUDY, """
                // An example study: which cell, which protocol, which mechanisms. Studies go into studies/.
                // Check and run the whole project from its folder, so that the imports resolve:
                //   interphase check .
                //   interphase run . --out results
                package %1$s.studies

                import %1$s.cells.*
                import %1$s.protocols.*

                study Example {
                    cell ExampleLco
                    protocol ExampleCycling
                    mechanisms all
                    report capacity retention, resistance
                }
                """.formatted(pkg));
        files.put("data/README.md", """
                # data/

                Measured data of the project (cycler exports, impedance spectra), committed with the
                cell files that describe the measured cells.
                """);
        files.put("results/README.md", """
                # results/

                `interphase run . --out results` writes `results/<study>/<cell>/` here. Two runs of the
                same input write byte-identical data files, so results can be committed and compared
                with `interphase diff`; `timing.json` differs between runs and is ignored by `.gitignore`.
                """);
        return files;
    }

}
