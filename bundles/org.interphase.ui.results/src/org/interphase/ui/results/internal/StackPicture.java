package org.interphase.ui.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.interphase.results.read.CellResult;
import org.interphase.results.read.StackLayer;
import org.interphase.results.read.StudyResult;

/**
 * What the stack view draws, worked out without a display: each layer's width on a logarithmic
 * thickness scale (so that nanometre coatings show beside 50 um electrolytes), and each
 * electrode|electrolyte interface's colour at a cycle.
 * <p>
 * The colour shows how far an interface has degraded compared with the worst the study reached:
 * on the cathode side the larger of the CEI thickness over the study's largest and the contact
 * area lost over the study's largest loss; on the anode side the SEI thickness over the study's
 * largest. 0 is green, 1 red, amber between. These are ratios of the values in cycles.csv, no
 * model of the cell.
 */
public final class StackPicture {

    /** Where an interface lies and what it shows. */
    public enum Side {
        CATHODE, ANODE
    }

    /** A layer and its width in pixels. */
    public record Box(StackLayer layer, int width) {
    }

    private static final RGB GOOD = new RGB(46, 160, 67);
    private static final RGB MIDDLE = new RGB(240, 180, 0);
    private static final RGB BAD = new RGB(200, 30, 30);

    private final CellResult cell;
    private final java.nio.file.Path studyFolder;
    private final double ceiRef;
    private final double seiRef;
    private final double contactLossRef;

    public StackPicture(StudyResult study, CellResult cell) {
        this.cell = cell;
        this.studyFolder = study == null ? null : study.folder();
        List<CellResult> all = study == null ? List.of(cell) : study.cells();
        ceiRef = all.stream().mapToDouble(c -> max(c.cycles().numbers("cei_thickness_nm"))).max().orElse(0);
        seiRef = all.stream().mapToDouble(c -> max(c.cycles().numbers("sei_thickness_nm"))).max().orElse(0);
        contactLossRef = all.stream().mapToDouble(c -> {
            double[] a = c.cycles().numbers("contact_area_pct");
            double loss = 0;
            for (double v : a) {
                if (Double.isFinite(v)) {
                    loss = Math.max(loss, 100 - v);
                }
            }
            return loss;
        }).max().orElse(0);
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                m = Math.max(m, x);
            }
        }
        return m;
    }

    public CellResult cell() {
        return cell;
    }

    /** The folder of the study the cell belongs to, or null for a cell on its own. */
    public java.nio.file.Path studyFolder() {
        return studyFolder;
    }

    /** The cycles of cycles.csv, in order. */
    public int[] cycles() {
        return java.util.Arrays.stream(cell.cycles().numbers("cycle")).mapToInt(d -> (int) d).toArray();
    }

    /**
     * The layers with their widths: 14 px per decade of thickness above 0.1 nm, at least 10 px; a
     * layer whose thickness the cell does not give is drawn 60 px wide (and labelled so).
     */
    public List<Box> boxes() {
        List<Box> boxes = new ArrayList<>();
        for (StackLayer l : cell.stack()) {
            int w = Double.isFinite(l.thicknessM()) && l.thicknessM() > 0
                    ? (int) Math.round(Math.max(10, 14 * Math.log10(l.thicknessM() / 1e-10) + 4))
                    : 60;
            boxes.add(new Box(l, w));
        }
        return boxes;
    }

    /** The index of the electrolyte among the layers, or -1. */
    public int electrolyte() {
        for (int i = 0; i < cell.stack().size(); i++) {
            if (cell.stack().get(i).kind().equals("electrolyte")) {
                return i;
            }
        }
        return -1;
    }

    /** How degraded an interface is at a row of cycles.csv, 0 (as good as the study's best) to 1 (its worst). */
    public double degradation(Side side, int row) {
        if (row < 0 || row >= cell.cycles().size()) {
            return 0;
        }
        if (side == Side.CATHODE) {
            double cei = cell.cycles().numbers("cei_thickness_nm")[row];
            double contact = cell.cycles().numbers("contact_area_pct")[row];
            double a = ceiRef > 0 && Double.isFinite(cei) ? cei / ceiRef : 0;
            double b = contactLossRef > 0 && Double.isFinite(contact) ? (100 - contact) / contactLossRef : 0;
            return clamp(Math.max(a, b));
        }
        double sei = cell.cycles().numbers("sei_thickness_nm")[row];
        return clamp(seiRef > 0 && Double.isFinite(sei) ? sei / seiRef : 0);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** An interface's colour at a row of cycles.csv. */
    public RGB colour(Side side, int row) {
        double d = degradation(side, row);
        return d < 0.5 ? blend(GOOD, MIDDLE, d * 2) : blend(MIDDLE, BAD, (d - 0.5) * 2);
    }

    private static RGB blend(RGB a, RGB b, double t) {
        return new RGB((int) Math.round(a.red + (b.red - a.red) * t), (int) Math.round(a.green + (b.green - a.green) * t),
                (int) Math.round(a.blue + (b.blue - a.blue) * t));
    }

    /** The values behind an interface's colour at a row, for its label. */
    public String describe(Side side, int row) {
        if (row < 0 || row >= cell.cycles().size()) {
            return "";
        }
        if (side == Side.CATHODE) {
            return String.format(Locale.ROOT, "CEI %s nm, contact %s %%", shown(cell.cycles().numbers("cei_thickness_nm")[row]),
                    shown(cell.cycles().numbers("contact_area_pct")[row]));
        }
        return String.format(Locale.ROOT, "SEI %s nm", shown(cell.cycles().numbers("sei_thickness_nm")[row]));
    }

    /** The series resistance at a row (ohm cm2), as text. */
    public String resistance(int row) {
        return row < 0 || row >= cell.cycles().size() ? ""
                : "R " + shown(cell.cycles().numbers("resistance_ohm_cm2")[row]) + " ohm cm\u00b2";
    }

    private static String shown(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "\u2013";
    }
}
