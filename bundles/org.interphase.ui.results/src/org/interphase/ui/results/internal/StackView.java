package org.interphase.ui.results.internal;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.interphase.results.read.CellResult;
import org.interphase.results.read.StackLayer;
import org.interphase.ui.results.internal.StackPicture.Box;
import org.interphase.ui.results.internal.StackPicture.Side;

/**
 * The stack view: the layers of the cell selected in a result editor, cathode on the left, with
 * widths on a logarithmic thickness scale, and its two electrode|electrolyte interfaces coloured by
 * their degradation at the cycle chosen with the slider ({@link StackPicture}).
 */
public final class StackView extends ViewPart {

    private static final int INTERFACE = 8;

    private Canvas canvas;
    private Scale slider;
    private Label cycleLabel;
    private StackPicture picture;
    private int row;
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        canvas = new Canvas(c, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        cycleLabel = new Label(c, SWT.NONE);
        cycleLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        cycleLabel.setText("Cycle -----");
        slider = new Scale(c, SWT.HORIZONTAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.setEnabled(false);
        slider.addListener(SWT.Selection, e -> showRow(slider.getSelection()));
        getSite().getPage().addSelectionListener(listener);
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor != null) {
            selectionChanged(editor, editor.getSite().getSelectionProvider() == null ? null
                    : editor.getSite().getSelectionProvider().getSelection());
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof CellSelection c) {
            show(c);
        }
    }

    /** Shows a cell of a study, at its last cycle. */
    public void show(CellSelection selection) {
        if (picture != null && picture.cell() == selection.cell()) {
            return;
        }
        picture = new StackPicture(selection.study(), selection.cell());
        setContentDescription(selection.cell().study() + " / " + selection.cell().cell());
        int n = picture.cycles().length;
        slider.setEnabled(n > 1);
        slider.setMinimum(0);
        slider.setMaximum(Math.max(1, n - 1));
        slider.setPageIncrement(Math.max(1, n / 10));
        showRow(n - 1);
    }

    /** The cell shown, or null. */
    public CellResult cell() {
        return picture == null ? null : picture.cell();
    }

    /** The number of layers drawn. */
    public int layerCount() {
        return picture == null ? 0 : picture.boxes().size();
    }

    /** Shows a cycle (a cycle number of cycles.csv). */
    public void setCycle(int cycle) {
        int[] cycles = picture.cycles();
        for (int i = 0; i < cycles.length; i++) {
            if (cycles[i] == cycle) {
                showRow(i);
                return;
            }
        }
        throw new IllegalArgumentException("no cycle " + cycle + " in " + picture.cell().folder());
    }

    /** The cycle shown, or -1. */
    public int cycle() {
        int[] cycles = picture == null ? new int[0] : picture.cycles();
        return row >= 0 && row < cycles.length ? cycles[row] : -1;
    }

    /** The colour an interface is drawn in at the cycle shown. */
    public RGB interfaceColour(Side side) {
        return picture.colour(side, row);
    }

    private void showRow(int r) {
        int n = picture == null ? 0 : picture.cycles().length;
        row = Math.max(0, Math.min(n - 1, r));
        if (slider.getSelection() != row) {
            slider.setSelection(Math.max(0, row));
        }
        cycleLabel.setText(n == 0 ? "no cycle" : "Cycle " + picture.cycles()[row]);
        cycleLabel.getParent().layout();
        canvas.redraw();
    }

    private void paint(GC gc, Rectangle area) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        if (picture == null) {
            gc.drawText("Select a cell in a result editor to see its layers.", 10, 10, true);
            return;
        }
        List<Box> boxes = picture.boxes();
        if (boxes.isEmpty()) {
            gc.drawText("This summary.json has no stack (written before the stack was recorded): run the study again.",
                    10, 10, true);
            return;
        }
        int total = boxes.stream().mapToInt(Box::width).sum() + 2 * INTERFACE;
        int x = Math.max(10, (area.width - total) / 2);
        int top = 40;
        int height = Math.max(60, area.height - 150);
        int electrolyte = picture.electrolyte();
        for (int i = 0; i < boxes.size(); i++) {
            if (i == electrolyte) {
                x = drawInterface(gc, x, top, height, Side.CATHODE);
            }
            Box b = boxes.get(i);
            StackLayer l = b.layer();
            Color fill = new Color(layerColour(l.kind()));
            gc.setBackground(fill);
            gc.fillRectangle(x, top, b.width(), height);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            if (!Double.isFinite(l.thicknessM())) {
                gc.setLineStyle(SWT.LINE_DASH);
            }
            gc.drawRectangle(x, top, b.width(), height);
            gc.setLineStyle(SWT.LINE_SOLID);
            if (l.kind().equals("electrolyte")) {
                drawFillers(gc, l, x, top, b.width(), height);
            }
            label(gc, l, x, b.width(), top + height + 8, i);
            x += b.width();
            if (i == electrolyte) {
                x = drawInterface(gc, x, top, height, Side.ANODE);
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(picture.resistance(row) + "   (widths: log thickness scale)", 10, 10, true);
    }

    private int drawInterface(GC gc, int x, int top, int height, Side side) {
        Color c = new Color(picture.colour(side, row));
        gc.setBackground(c);
        gc.fillRectangle(x, top - 6, INTERFACE, height + 12);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        String text = picture.describe(side, row);
        Point size = gc.textExtent(text);
        gc.drawText(text, Math.max(0, x + INTERFACE / 2 - size.x / 2), top - 24 + (side == Side.ANODE ? 0 : 0), true);
        return x + INTERFACE;
    }

    private void drawFillers(GC gc, StackLayer l, int x, int top, int w, int h) {
        if (l.fillers().isEmpty()) {
            return;
        }
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        for (int k = 0; k < 40; k++) {
            // a fixed pattern of particles (positions are decoration, not data)
            int px = x + 4 + (k * 37) % Math.max(1, w - 8);
            int py = top + 4 + (k * 53) % Math.max(1, h - 8);
            gc.fillOval(px, py, 4, 4);
        }
    }

    private void label(GC gc, StackLayer l, int x, int w, int y, int i) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        String name = (l.material() == null ? l.kind() : l.material());
        String thickness = l.thickness() == null ? "thickness not given" : l.thickness();
        String fillers = l.fillers().isEmpty() ? "" : "\n+ " + String.join(", ", l.fillers());
        int dy = (i % 2) * 30;
        gc.drawText(name + "\n" + thickness + fillers, x, y + dy, true);
    }

    private static RGB layerColour(String kind) {
        return switch (kind) {
        case "cathode" -> new RGB(90, 90, 110);
        case "coating" -> new RGB(120, 170, 220);
        case "interlayer" -> new RGB(170, 140, 200);
        case "electrolyte" -> new RGB(250, 240, 200);
        case "anode" -> new RGB(200, 200, 210);
        default -> new RGB(220, 220, 220);
        };
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(listener);
        super.dispose();
    }
}
