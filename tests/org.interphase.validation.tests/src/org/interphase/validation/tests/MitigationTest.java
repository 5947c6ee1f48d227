package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.dsl.workspace.Checker;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.validation.Mitigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mitigation families the report counts are read from the cells as the language writes them: each cell
 * below is written with the families of issue 18 that its comment names (the reference is the cell text).
 */
class MitigationTest {

    @TempDir
    Path dir;

    private static final String CELLS = """
            package m

            // a coating on the composite electrode (it covers the carbon too), on the particles, and none
            cell Electrode {
                area 1 cm2
                cathode LCO { loading 1.0 mAh/cm2  carbon 5 wt%  coating LiTaO3 { thickness 5 nm  scope electrode } }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                anode Li
            }
            cell Particles {
                area 1 cm2
                cathode LCO { loading 1.0 mAh/cm2  coating LATP { thickness 10 nm  scope particles } }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                anode Li
            }
            cell Bare {
                area 1 cm2
                cathode NCM523 { loading 1.0 mAh/cm2 }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                anode Li
            }
            // a Li|Li cell with Mg3N2 on both foils and a filler whose surface carries Li2CO3
            cell Interlayer {
                area 1 cm2
                cathode Li { thickness 50 um  interlayer Mg3N2 { thickness 100 nm } }
                electrolyte {
                    polymer PEO  salt LiTFSI { ratio EO:Li 20 }
                    filler LLZO { fraction 10 wt%  particle size 200 nm  surface Li2CO3 { thickness 5 nm } }
                    thickness 50 um
                }
                anode Li { thickness 50 um  interlayer Mg3N2 { thickness 100 nm } }
            }
            // LiBOB forms a CEI (cei_growth); a scaffold and a clean filler
            cell Former {
                area 1 cm2
                cathode NCM111 { loading 1.0 mAh/cm2 }
                electrolyte {
                    polymer PEO  salt LiBOB { ratio EO:Li 20 }
                    filler SiO2 { fraction 5 wt%  particle size 100 nm }
                    scaffold cellulose
                    thickness 50 um
                }
                anode Li
            }
            """;

    private Map<String, Set<Mitigation>> read() throws IOException {
        Files.writeString(dir.resolve("m.cell"), CELLS);
        Checker checker = new Checker(Path.of(""));
        Checker.Loaded loaded = checker.load(List.of(dir));
        Map<String, Set<Mitigation>> of = new HashMap<>();
        for (Resource r : loaded.targets().values()) {
            Document d = (Document) r.getContents().get(0);
            d.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast)
                    .forEach(c -> of.put(c.getName(), Mitigation.of(c)));
        }
        return of;
    }

    @Test
    void eachCellIsCountedUnderTheFamiliesItIsWrittenWith() throws IOException {
        Map<String, Set<Mitigation>> of = read();
        assertEquals(EnumSet.of(Mitigation.COATING_ELECTRODE), of.get("Electrode"));
        assertEquals(EnumSet.of(Mitigation.COATING_PARTICLES), of.get("Particles"));
        assertEquals(EnumSet.of(Mitigation.NONE), of.get("Bare"));
        assertEquals(EnumSet.of(Mitigation.INTERLAYER, Mitigation.FILLER_SURFACE), of.get("Interlayer"));
        assertEquals(EnumSet.of(Mitigation.CEI_FORMER, Mitigation.FILLER, Mitigation.SCAFFOLD), of.get("Former"));
    }
}
