package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.editor.internal.CellHover;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hover on the names that are not declarations: mechanisms, a mechanism's parameters, units. */
class NameHoverTest {

    static final String STUDY = """
            package scratch.hover

            cell Thin {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                anode Li { thickness 50 um }
            }

            protocol Warm {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }

            study Hovered {
                cells Thin
                protocol Warm
                mechanisms polymer_oxidation, dendrite_growth
                mechanism polymer_oxidation { reference current density = 20 uA/cm2 }
                report capacity retention
            }
            """;

    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Editors.delete("hover");
    }

    @Test
    void mechanismsTheirParametersAndUnitsHaveAHover() throws Exception {
        IProject p = ProjectCreation.create("hover", null, "scratch", new NullProgressMonitor());
        IFile f = Editors.write(p, "scratch/hover.cell", STUDY);
        Editors.build();
        CellEditor editor = assertInstanceOf(CellEditor.class,
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f));
        Editors.reconciled(editor);
        assertEquals(List.of(), Editors.problems(editor).stream().filter(Editors.Problem::error).toList());

        // bundles/org.interphase.mechanisms.oxidation/plugin.xml declares the mechanism and its parameters
        String mechanism = CellHover.text(editor.snapshot(), STUDY.indexOf("polymer_oxidation,") + 3);
        assertNotNull(mechanism);
        assertTrue(mechanism.startsWith("mechanism polymer_oxidation : Polymer oxidation 0.3.0\nacts on the cathode"), mechanism);
        assertTrue(mechanism.contains("\n• reference current density = 10 uA/cm2"), mechanism);
        assertEquals(mechanism, CellHover.text(editor.snapshot(), STUDY.indexOf("mechanism polymer_oxidation {") + 12),
                "the same in the settings block");

        String parameter = CellHover.text(editor.snapshot(), STUDY.indexOf("current density =") + 3);
        assertNotNull(parameter);
        assertTrue(parameter.startsWith("parameter 'reference current density' of mechanism polymer_oxidation\n"
                + "default 10 uA/cm2 (current density)"), parameter);
        assertTrue(parameter.contains("onset at 10 uA/cm2 on an inert surface"), parameter);

        // units: 1 mAh = 3.6 A·s; 1 um = 1e-6 m; T/K = t/°C + 273.15 (SI brochure)
        assertEquals("mAh/cm2 : areal capacity\n1 mAh/cm2 = 36000 m-2·s·A",
                CellHover.text(editor.snapshot(), STUDY.indexOf("mAh/cm2") + 1), "3.6 A·s per 1e-4 m2");
        assertEquals("um : length\n1 um = 1e-6 m", CellHover.text(editor.snapshot(), STUDY.indexOf("50 um") + 4));
        assertEquals("°C : temperature\nx °C = (x + 273.15) K", CellHover.text(editor.snapshot(), STUDY.indexOf("60 °C") + 4));
        assertTrue(CellHover.text(editor.snapshot(), STUDY.indexOf("C/5")).startsWith("C : C-rate"));
    }
}
