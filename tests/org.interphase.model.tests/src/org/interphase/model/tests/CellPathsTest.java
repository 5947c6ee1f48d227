package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.Coating;
import org.interphase.model.Electrode;
import org.interphase.model.ModelFactory;
import org.interphase.model.ModelPackage;
import org.interphase.model.paths.CellPaths;
import org.junit.jupiter.api.Test;

/** Resolution of sweep paths into a cell model built in code. */
class CellPathsTest {

    private static Cell cellWithCoating() {
        ModelFactory f = ModelFactory.eINSTANCE;
        Cell cell = f.createCell();
        cell.setName("LagpLco");
        Electrode cathode = f.createElectrode();
        Coating coating = f.createCoating();
        cathode.getCoatings().add(coating);
        cell.setCathode(cathode);
        cell.setElectrolyte(f.createElectrolyte());
        return cell;
    }

    @Test
    void resolvesThroughAListWithOneElement() {
        Cell cell = cellWithCoating();
        CellPaths.Resolution r = CellPaths.resolve(cell, List.of("cathode", "coating", "thickness"));
        assertTrue(r.ok(), () -> r.failure().message());
        assertSame(cell.getCathode().getCoatings().get(0), r.target().owner());
        assertEquals(ModelPackage.Literals.COATING__THICKNESS, r.target().feature());
        assertEquals(List.of("length"), r.target().dimensions());
    }

    @Test
    void acceptsTheLanguagesSpelling() {
        CellPaths.Resolution r = CellPaths.resolve(cellWithCoating(), List.of("electrolyte", "thickness"));
        assertTrue(r.ok());
        assertTrue(CellPaths.resolve(cellWithCoating(), List.of("cathode", "coating", "coverage")).ok());
    }

    @Test
    void namesTheSegmentThatFails() {
        CellPaths.Resolution r = CellPaths.resolve(cellWithCoating(), List.of("cathode", "coatng", "thickness"));
        assertFalse(r.ok());
        assertEquals(1, r.failure().segment());
        assertTrue(r.failure().message().startsWith("'coatng' is not a property of an electrode"),
                r.failure().message());
    }

    @Test
    void missingPartsAndNonValues() {
        assertEquals("LagpLco has no anode",
                CellPaths.resolve(cellWithCoating(), List.of("anode", "thickness")).failure().message());
        assertTrue(CellPaths.resolve(cellWithCoating(), List.of("cathode", "coating")).failure().message()
                .contains("not a value"));
    }
}
