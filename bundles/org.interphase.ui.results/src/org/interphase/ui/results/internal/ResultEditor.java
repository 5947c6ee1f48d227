package org.interphase.ui.results.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.interphase.results.plot.CellData;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.ChartKind;
import org.interphase.results.plot.CyclePlots;
import org.interphase.results.plot.Overlays;
import org.interphase.results.plot.LsvPlot;
import org.interphase.results.plot.NyquistPlot;
import org.interphase.results.plot.OverpotentialPlot;
import org.interphase.results.plot.Plot;
import org.interphase.results.read.CellResult;
import org.interphase.results.read.MalformedResultException;
import org.interphase.results.read.ResultReader;
import org.interphase.results.read.StudyResult;
import org.interphase.results.read.SweepResult;

/**
 * The result editor: opened on a study's results folder, a cell's summary.json or a sweep's
 * sweep.csv. A study shows a table of its cells and, for what the data holds, charts of capacity
 * retention, voltage profiles at chosen cycles, resistance, LSV, overpotential and Nyquist plots; a
 * sweep a metric against the varied value. Every chart exports as PNG, SVG and CSV from its
 * context menu. The selected cell is the editor's selection, which the stack view follows.
 * <p>
 * Only draws what {@link ResultReader} read: no physics here.
 */
public final class ResultEditor extends ReadOnlyEditor {

    /** Page titles besides the charts' ({@link ChartKind#title}). */
    public static final String CELLS = "Cells";
    /** The page naming files that cannot be drawn (a malformed uncertainty.csv). */
    public static final String NOT_SHOWN = "Not shown";
    public static final String SWEEP = "Sweep";
    public static final String POINTS = "Points";
    public static final String HEAT_MAP = "Heat Map";

    private Path path;
    private IResource resource;
    private ResultReader.Opened opened;
    private String error;
    private Composite root;
    private CTabFolder tabs;
    private ChartPages pages;
    private Table cellTable;
    private CellResult selected;
    private VoltagePage voltage;
    private SweepPage sweepPage;
    private final EditorSelection selection = new EditorSelection();
    private final IResourceChangeListener reload = this::resourcesChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        if (input instanceof ResultsInput r) {
            resource = r.key();
            path = resource.getLocation() == null ? null : resource.getLocation().toFile().toPath();
        } else if (input instanceof IFileEditorInput f) {
            resource = f.getFile();
            path = resource.getLocation() == null ? null : resource.getLocation().toFile().toPath();
        } else if (input instanceof IURIEditorInput u) {
            path = Path.of(u.getURI());
        }
        if (path == null) {
            throw new PartInitException("The result editor opens result folders and files on disk, not " + input.getName());
        }
        site.setSelectionProvider(selection);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(reload, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new org.eclipse.swt.layout.FillLayout());
        load();
    }

    /** Reads the files again and rebuilds the pages (after a new run of the study). */
    public void load() {
        for (var c : root.getChildren()) {
            c.dispose();
        }
        pages = null;
        cellTable = null;
        voltage = null;
        sweepPage = null;
        String keep = selected == null ? null : selected.cell();
        selected = null;
        try {
            opened = ResultReader.open(path);
            error = null;
        } catch (IOException | MalformedResultException e) {
            opened = null;
            error = e.getMessage();
        }
        if (opened == null) {
            setPartName(path.getFileName().toString());
            Text t = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
            t.setText("These results cannot be shown:\n\n" + error);
            root.layout(true, true);
            return;
        }
        tabs = new CTabFolder(root, SWT.BOTTOM | SWT.FLAT);
        pages = new ChartPages(tabs);
        if (opened instanceof ResultReader.OpenedStudy s) {
            setPartName(s.study().name());
            setTitleToolTip(s.study().folder().toString());
            studyPages(s.study());
            String first = keep != null && s.study().cell(keep) != null ? keep
                    : s.selected() != null ? s.selected() : s.study().cells().get(0).cell();
            selectCell(first);
        } else if (opened instanceof ResultReader.OpenedSweep w) {
            setPartName(w.sweep().name());
            setTitleToolTip(w.sweep().file().toString());
            sweepPages(w.sweep());
        }
        tabs.setSelection(0);
        root.layout(true, true);
    }

    // ---- study ------------------------------------------------------------------------------------

    private void studyPages(StudyResult study) {
        cellsPage(study);
        List<CellResult> cells = study.cells();
        List<CellData> data = cells.stream().map(CellData::of).toList();
        List<String> unread = new ArrayList<>();
        pages.add(ChartKind.RETENTION.title(),
                CyclePlots.retention("Capacity retention", data).withBands(bands(cells, "retention", unread)));
        pages.add(ChartKind.RESISTANCE.title(),
                CyclePlots.resistance("Series resistance", data).withBands(bands(cells, "resistance", unread)));
        if (!unread.isEmpty()) {
            Text t = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            t.setText("These files cannot be drawn:\n\n" + String.join("\n", unread.stream().distinct().toList()));
            pages.add(NOT_SHOWN, t);
        }
        if (cells.stream().anyMatch(c -> !VoltagePage.profileCycles(c).isEmpty())) {
            voltage = new VoltagePage(tabs, cells);
            pages.add(ChartKind.VOLTAGE.title(), voltage.control());
            pages.chart(ChartKind.VOLTAGE.title(), voltage.chart());
        }
        pages.add(ChartKind.LSV.title(), LsvPlot.of("Linear sweep voltammetry", data));
        pages.add(ChartKind.OVERPOTENTIAL.title(), OverpotentialPlot.of("Overpotential (Li|Li)", data));
        pages.add(ChartKind.NYQUIST.title(), NyquistPlot.of("Nyquist plot", data));
    }

    /**
     * The uncertainty band of each cell with uncertainty.csv ({@link Overlays#band}), in the colour of
     * its line; a file that cannot be read is added to {@code unread} with its located error.
     */
    private static List<Band> bands(List<CellResult> cells, String quantity, List<String> unread) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            try {
                Overlays.Extra extra = Overlays.read(cells.get(i).folder());
                if (extra.uncertainty() != null) {
                    bands.add(Overlays.band(extra.uncertainty(), quantity, cells.get(i).cell(), i));
                }
            } catch (IOException | MalformedResultException e) {
                unread.add(e.getMessage());
            }
        }
        return bands;
    }

    private void cellsPage(StudyResult study) {
        cellTable = CellTable.create(tabs, study, this::selectCell);
        pages.add(CELLS, cellTable);
    }

    // ---- sweep ------------------------------------------------------------------------------------

    private void sweepPages(SweepResult sweep) {
        sweepPage = new SweepPage(tabs, sweep);
        pages.add(SWEEP, sweepPage.control());
        pages.chart(SWEEP, sweepPage.chart());
        if (sweepPage.hasHeatMap()) {
            HeatMap heat = new HeatMap(tabs);
            pages.add(HEAT_MAP, heat);
            sweepPage.follow(heat);
        }
        pages.add(POINTS, CellTable.points(tabs, sweep));
    }

    // ---- pages and selection ----------------------------------------------------------------------

    /** The chart pages, by title, in page order. */
    public Map<String, Chart> charts() {
        return pages == null ? Map.of() : pages.charts();
    }

    /** The titles of all pages, in order. */
    public List<String> pages() {
        return pages == null ? List.of() : pages.titles();
    }

    /** Brings a page to the front. */
    public void showPage(String title) {
        if (pages != null) {
            pages.show(title);
        }
    }

    /** What the editor shows (a study or a sweep), or null when its files could not be read. */
    public ResultReader.Opened result() {
        return opened;
    }

    /** The located error when the files could not be read, else null. */
    public String error() {
        return error;
    }

    /** The voltage page, or null when no cell has a voltage profile. */
    public VoltagePage voltagePage() {
        return voltage;
    }

    /** The sweep page, or null for a study. */
    public SweepPage sweepPage() {
        return sweepPage;
    }

    /** The cell selected in the table (the stack view shows it). */
    public CellResult selectedCell() {
        return selected;
    }

    /** The table of cells as shown ({@link CellTable#texts}); empty for a sweep or files that could not be read. */
    public List<List<String>> cellTableTexts() {
        return cellTable == null ? List.of() : CellTable.texts(cellTable);
    }

    /** Selects a cell of the study by name: in the table, the voltage page and as the editor's selection. */
    public void selectCell(String name) {
        if (!(opened instanceof ResultReader.OpenedStudy s) || s.study().cell(name) == null) {
            return;
        }
        selected = s.study().cell(name);
        if (cellTable != null) {
            for (int i = 0; i < cellTable.getItemCount(); i++) {
                if (cellTable.getItem(i).getData() == selected && cellTable.getSelectionIndex() != i) {
                    cellTable.setSelection(i);
                }
            }
        }
        if (voltage != null) {
            voltage.showCell(name);
        }
        selection.set(new StructuredSelection(new CellSelection(s.study(), selected)));
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        if (resource == null || event.getDelta() == null) {
            return;
        }
        IResource watched = resource.getType() == IResource.FILE ? resource.getParent() : resource;
        if (opened instanceof ResultReader.OpenedStudy s && resource.getType() == IResource.FILE) {
            watched = watched.getParent();
        }
        IResourceDelta d = event.getDelta().findMember(watched.getFullPath());
        if (d == null) {
            return;
        }
        Set<String> changed = new LinkedHashSet<>();
        try {
            d.accept(delta -> {
                String n = delta.getResource().getName();
                if (n.equals("summary.json") || n.endsWith(".csv")) {
                    changed.add(n);
                }
                return true;
            });
        } catch (org.eclipse.core.runtime.CoreException e) {
            return;
        }
        if (!changed.isEmpty() && root != null) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    load();
                }
            });
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(reload);
        super.dispose();
    }

    @Override
    public void setFocus() {
        if (tabs != null && !tabs.isDisposed()) {
            tabs.setFocus();
        } else if (root != null) {
            root.setFocus();
        }
    }
}
