package org.interphase.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.interphase.model.Cell;
import org.interphase.model.Coating;
import org.interphase.model.CoatingScope;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.ProcessKind;
import org.interphase.model.Salt;
import org.interphase.solver.api.CellProperties;

/**
 * The mitigation families of issue 18 that a case's cell uses, read from the cell as written (not from the
 * manifest's free-text {@code family}), so that the report can show which families the set covers and which
 * it does not. A cell may use several; a cell that uses none is a baseline.
 */
public enum Mitigation {
    COATING_PARTICLES("cathode coating, particle scope"),
    COATING_ELECTRODE("cathode coating, electrode scope"),
    CEI_FORMER("in-situ CEI former (a salt or additive with a CEI growth law)"),
    SOLVENT("solvent or ionic liquid in the polymer"),
    IN_SITU("in-situ polymerisation"),
    FILLER("filler with a clean surface"),
    FILLER_SURFACE("filler with a surface layer"),
    SCAFFOLD("scaffold"),
    INTERLAYER("lithium interlayer"),
    NONE("none (baseline cell)");

    private final String label;

    Mitigation(String label) {
        this.label = label;
    }

    /** What the report calls it. */
    public String label() {
        return label;
    }

    /** The families a cell uses, {@link #NONE} alone when it uses none. */
    public static Set<Mitigation> of(Cell cell) {
        Set<Mitigation> found = EnumSet.noneOf(Mitigation.class);
        if (cell.getCathode() != null) {
            for (Coating c : cell.getCathode().getCoatings()) {
                found.add(c.getScope() == CoatingScope.ELECTRODE ? COATING_ELECTRODE : COATING_PARTICLES);
            }
        }
        for (Electrode e : new Electrode[] { cell.getCathode(), cell.getAnode() }) {
            if (e != null && e.getInterlayer() != null && lithium(e)) {
                found.add(INTERLAYER);
            }
        }
        Electrolyte el = cell.getElectrolyte();
        if (el != null) {
            List<Material> formers = new ArrayList<>();
            for (Salt s : el.getSalts()) {
                formers.add(s.getMaterial());
            }
            el.getAdditives().forEach(a -> formers.add(a.getMaterial()));
            if (formers.stream().anyMatch(Mitigation::ceiFormer)) {
                found.add(CEI_FORMER);
            }
            if (!el.getSolvents().isEmpty()) {
                found.add(SOLVENT);
            }
            if (el.getProcess() == ProcessKind.IN_SITU) {
                found.add(IN_SITU);
            }
            for (Filler f : el.getFillers()) {
                found.add(f.getSurface() != null ? FILLER_SURFACE : FILLER);
            }
            if (el.getScaffold() != null) {
                found.add(SCAFFOLD);
            }
        }
        return found.isEmpty() ? EnumSet.of(NONE) : found;
    }

    private static boolean lithium(Electrode e) {
        return e.getMaterial() != null && !e.getMaterial().eIsProxy() && e.getMaterial().getRoles().contains(MaterialRole.ANODE);
    }

    /** A salt or additive that cei_growth grows a CEI from: it carries a CEI rate constant and a threshold. */
    private static boolean ceiFormer(Material m) {
        return m != null && !m.eIsProxy() && CellProperties.value(m, "cei rate constant").isPresent()
                && CellProperties.value(m, "decomposition potential").isPresent();
    }
}
