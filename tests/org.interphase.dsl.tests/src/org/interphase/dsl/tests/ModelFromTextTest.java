package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.CurrentStep;
import org.interphase.model.Document;
import org.interphase.model.EndGroup;
import org.interphase.model.InterfaceKind;
import org.interphase.model.Protocol;
import org.interphase.model.RepeatStep;
import org.interphase.model.TemperatureStep;
import org.junit.jupiter.api.Test;

/**
 * What the parser builds: quantities converted to SI, C-rates, references into the library, and
 * the interfaces derived from the stack.
 */
class ModelFromTextTest {

    private static final String TEXT = """
            package t
            cell C {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2  coating LAGP { thickness 20 nm  coverage 95 % } }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    filler LLZTO { fraction 20 wt%  particle size 400 nm }
                    filler SiO2 { fraction 5 wt% }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            protocol P {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at 0.1 mA/cm2 for 90 min
                }
            }
            """;

    @Test
    void quantitiesAreConvertedToSI() {
        Document d = Cells.parse(TEXT);
        Cell c = (Cell) d.getElements().get(0);
        // 1 cm2 = 1e-4 m2; 1.5 mAh/cm2 = 1.5 * 3.6 C / 1e-4 m2 = 54000 C/m2; 50 um = 5e-5 m
        assertEquals(1e-4, c.getArea().getSi(), 1e-18);
        assertEquals(54000, c.getCathode().getLoading().getSi(), 1e-6);
        assertEquals(5e-5, c.getElectrolyte().getThickness().getSi(), 1e-18);
        assertEquals(20e-9, c.getCathode().getCoatings().get(0).getThickness().getSi(), 1e-21);
        assertEquals(0.95, c.getCathode().getCoatings().get(0).getCoverage().getSi(), 1e-12);
        assertEquals(0.20, c.getElectrolyte().getFillers().get(0).getFraction().getSi(), 1e-12);
        assertEquals("wt%", c.getElectrolyte().getFillers().get(0).getFraction().getUnit());
        assertEquals(400e-9, c.getElectrolyte().getFillers().get(0).getParticleSize().getSi(), 1e-21);
        assertEquals(EndGroup.HYDROXYL, c.getElectrolyte().getPolymer().getEndGroup());
        assertEquals(20, c.getElectrolyte().getSalts().get(0).getRatio().getValue());
        assertEquals("LCO", c.getCathode().getMaterial().getName());

        Protocol p = (Protocol) d.getElements().get(1);
        // 60 °C = 333.15 K
        assertEquals(333.15, ((TemperatureStep) p.getSteps().get(0)).getTemperature().getSi(), 1e-9);
        RepeatStep repeat = (RepeatStep) p.getSteps().get(1);
        assertEquals(2, repeat.getCount());
        CurrentStep charge = (CurrentStep) repeat.getSteps().get(0);
        assertEquals(0.2, charge.getRate().getMagnitude(), 1e-12, "C/5 is a fifth of C");
        assertEquals("C", charge.getRate().getUnit());
        CurrentStep discharge = (CurrentStep) repeat.getSteps().get(1);
        // 0.1 mA/cm2 = 1e-4 A / 1e-4 m2 = 1 A/m2; 90 min = 5400 s
        assertEquals(1.0, discharge.getRate().getSi(), 1e-12);
        assertEquals(5400, discharge.getDuration().getSi(), 1e-9);
    }

    @Test
    void interfacesAreDerivedFromTheStack() {
        Cell c = (Cell) Cells.parse(TEXT).getElements().get(0);
        List<CellInterface> interfaces = c.getInterfaces();
        assertEquals(List.of(InterfaceKind.CATHODE_ELECTROLYTE, InterfaceKind.ANODE_ELECTROLYTE,
                InterfaceKind.FILLER_POLYMER, InterfaceKind.FILLER_POLYMER),
                interfaces.stream().map(CellInterface::getKind).toList());
        assertEquals(List.of("cathode/electrolyte", "anode/electrolyte", "LLZTO/polymer", "SiO2/polymer"),
                interfaces.stream().map(CellInterface::getName).toList());
        assertSame(c.getCathode(), interfaces.get(0).getElectrode());
        assertSame(c.getElectrolyte().getFillers().get(1), interfaces.get(3).getFiller());
        assertEquals(1.0, interfaces.get(0).getContactArea(), "full contact before any degradation");
    }
}
