package org.interphase.ui.results.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.interphase.results.read.CellResult;
import org.interphase.results.read.ResultReader;
import org.interphase.results.read.StackLayer;
import org.interphase.results.read.StudyResult;
import org.interphase.ui.results.internal.StackLayout.Item;
import org.interphase.ui.results.internal.StackPicture.Side;

/**
 * The stack view: the layers of the cell selected in a result editor, cathode on the left, with
 * widths on a logarithmic thickness scale, and its two electrode|electrolyte interfaces coloured by
 * their degradation at the cycle chosen with the slider ({@link StackPicture}), laid out by
 * {@link StackLayout} so that no text overlaps at any width. The view remembers its cell and cycle
 * across a restart (its memento: the study folder, the cell, the cycle).
 */
public final class StackView extends ViewPart {

    static final String KEY_STUDY = "studyFolder";
    static final String KEY_CELL = "cell";
    static final String KEY_CYCLE = "cycle";

    private ScrolledComposite scroll;
    private Canvas canvas;
    private Scale slider;
    private Label cycleLabel;
    private StackPicture picture;
    private int row;
    private StackLayout layout;
    private IMemento restore;
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        restore = memento;
    }

    @Override
    public void saveState(IMemento memento) {
        if (picture == null) {
            return;
        }
        CellResult cell = picture.cell();
        Path study = picture.studyFolder();
        memento.putString(KEY_STUDY, (study != null ? study : cell.folder()).toString());
        memento.putString(KEY_CELL, cell.cell());
        memento.putInteger(KEY_CYCLE, cycle());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        scroll = new ScrolledComposite(c, SWT.V_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        scroll.setContent(canvas);
        canvas.addPaintListener(e -> layout = draw(e.gc, canvas.getClientArea(), picture, row));
        scroll.addListener(SWT.Resize, e -> fitHeight());
        cycleLabel = new Label(c, SWT.NONE);
        cycleLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        cycleLabel.setText("Cycle -----");
        slider = new Scale(c, SWT.HORIZONTAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.setEnabled(false);
        slider.addListener(SWT.Selection, e -> showRow(slider.getSelection()));
        getSite().getPage().addSelectionListener(listener);
        if (!restore(restore)) {
            IEditorPart editor = getSite().getPage().getActiveEditor();
            if (editor != null) {
                selectionChanged(editor, editor.getSite().getSelectionProvider() == null ? null
                        : editor.getSite().getSelectionProvider().getSelection());
            }
        }
        restore = null;
    }

    /** Shows the cell and cycle of a memento ({@link #saveState}); false when it names none that can be read. */
    public boolean restore(IMemento memento) {
        String folder = memento == null ? null : memento.getString(KEY_STUDY);
        String name = memento == null ? null : memento.getString(KEY_CELL);
        if (folder == null || name == null || !Files.isDirectory(Path.of(folder))) {
            return false;
        }
        try {
            Path f = Path.of(folder);
            StudyResult study = Files.isRegularFile(f.resolve("summary.json")) ? null : ResultReader.readStudy(f);
            CellResult cell = study == null ? ResultReader.readCell(f)
                    : study.cells().stream().filter(x -> x.cell().equals(name)).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            show(new CellSelection(study, cell));
            Integer cycle = memento.getInteger(KEY_CYCLE);
            if (cycle != null && cycle >= 0) {
                try {
                    setCycle(cycle);
                } catch (IllegalArgumentException e) {
                    // the results were run again with fewer cycles: the last one stays
                }
            }
            return true;
        } catch (Exception e) {
            // results deleted or rewritten since: the view waits for a selection
            return false;
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

    /** The picture shown, or null. */
    public StackPicture picture() {
        return picture;
    }

    /** The row of cycles.csv shown. */
    public int row() {
        return row;
    }

    /** The layout of the last paint (null before the first). */
    public StackLayout lastLayout() {
        return layout;
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
        fitHeight();
        canvas.redraw();
    }

    /** Lets the canvas scroll when the rows need more height than the view has. */
    private void fitHeight() {
        Rectangle area = scroll.getClientArea();
        GC gc = new GC(canvas);
        try {
            StackLayout l = layout(gc, area.width, area.height, picture, row);
            scroll.setMinSize(0, l == null ? 0 : l.height());
        } finally {
            gc.dispose();
        }
    }

    /** The layout of a picture at a row for a size, measuring text with a GC; null without a picture. */
    public static StackLayout layout(GC gc, int width, int height, StackPicture picture, int row) {
        if (picture == null || picture.boxes().isEmpty()) {
            return null;
        }
        return new StackLayout(width, height, picture.boxes(), picture.electrolyte(),
                picture.resistance(row) + "   (widths: log thickness scale)",
                new String[] { "cathode | electrolyte: " + picture.describe(Side.CATHODE, row),
                        "electrolyte | anode: " + picture.describe(Side.ANODE, row) },
                s -> gc.textExtent(s).x, gc.getFontMetrics().getHeight());
    }

    /** Draws a picture at a row into an area; returns its layout (null when there is nothing to lay out). */
    public static StackLayout draw(GC gc, Rectangle area, StackPicture picture, int row) {
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        if (picture == null) {
            gc.drawText("Select a cell in a result editor to see its layers.", 10, 10, true);
            return null;
        }
        if (picture.boxes().isEmpty()) {
            gc.drawText("This summary.json has no stack (written before the stack was recorded): run the study again.",
                    10, 10, true);
            return null;
        }
        StackLayout l = layout(gc, area.width, area.height, picture, row);
        List<StackLayer> layers = picture.cell().stack();
        for (Item i : l.items()) {
            Rectangle r = i.bounds();
            switch (i.kind()) {
            case LAYER -> {
                StackLayer layer = layers.get(i.layer());
                fill(gc, layerColour(layer.kind()), r);
                gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.setLineStyle(Double.isFinite(layer.thicknessM()) ? SWT.LINE_SOLID : SWT.LINE_DASH);
                gc.drawRectangle(r.x, r.y, r.width, r.height);
                gc.setLineStyle(SWT.LINE_SOLID);
                if (layer.kind().equals("electrolyte") && !layer.fillers().isEmpty()) {
                    drawFillers(gc, display, r);
                }
            }
            case INTERFACE -> fill(gc, picture.colour(i.side(), row), r);
            case SWATCH -> {
                fill(gc, i.side() != null ? picture.colour(i.side(), row) : layerColour(layers.get(i.layer()).kind()), r);
                gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
            }
            case TEXT -> {
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(i.text(), r.x, r.y, true);
            }
            }
        }
        return l;
    }

    private static void fill(GC gc, RGB rgb, Rectangle r) {
        Color c = new Color(rgb);
        gc.setBackground(c);
        gc.fillRectangle(r);
    }

    private static void drawFillers(GC gc, Display display, Rectangle r) {
        gc.setBackground(display.getSystemColor(SWT.COLOR_GRAY));
        for (int k = 0; k < 40; k++) {
            // a fixed pattern of particles (positions are decoration, not data)
            int px = r.x + 4 + (k * 37) % Math.max(1, r.width - 8);
            int py = r.y + 4 + (k * 53) % Math.max(1, r.height - 8);
            gc.fillOval(px, py, 4, 4);
        }
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
