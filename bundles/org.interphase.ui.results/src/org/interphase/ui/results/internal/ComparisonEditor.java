package org.interphase.ui.results.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.CellData;
import org.interphase.results.plot.ChartKind;
import org.interphase.results.plot.CyclePlots;
import org.interphase.results.plot.LsvPlot;
import org.interphase.results.plot.NyquistPlot;
import org.interphase.results.plot.Overlays;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.interphase.results.plot.VoltagePlot;
import org.interphase.results.plot.VoltageProfiles;
import org.interphase.results.read.CellResult;
import org.interphase.results.read.MalformedResultException;
import org.interphase.results.read.ResultReader;
import org.interphase.results.read.StudyResult;

/**
 * Several study result folders overlaid (two studies, two runs of one study from different commits,
 * a results folder checked out from git history): one line per result and cell, named in the
 * legend by the folder (and the cell when a study has several). Measured cycles that
 * {@code compare with data} wrote (measured.csv) are drawn as points in their line's colour with
 * the RMS difference in the legend, and uncertainty bands (uncertainty.csv) as translucent areas
 * from p5 to p95 with the median. Voltage profiles against capacity at the cycles voltage.png chooses, and their dQ/dV.
 * <p>
 * Only draws what {@link ResultReader} read, through the plot model: no physics here.
 */
public final class ComparisonEditor extends ReadOnlyEditor {

    public static final String ID = "org.interphase.ui.results.comparison";
    public static final String DQDV = "dQ/dV";

    /** One result folder's cell, its name in the legend and what is drawn over it. */
    record Line(String name, CellData data, Overlays.Extra extra) {
    }

    private List<Path> folders;
    private final List<Line> lines = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private CTabFolder tabs;
    private ChartPages pages;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ComparisonInput c)) {
            throw new PartInitException("The comparison editor opens result folders, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        folders = c.folders();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new FillLayout());
        read();
        tabs = new CTabFolder(root, SWT.BOTTOM | SWT.FLAT);
        pages = new ChartPages(tabs);
        if (!errors.isEmpty()) {
            Text t = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            t.setText("These folders cannot be compared:\n\n" + String.join("\n", errors));
            pages.add("Not shown", t);
        }
        List<CellData> data = lines.stream().map(Line::data).toList();
        pages.add(ChartKind.RETENTION.title(), retention());
        pages.add(ChartKind.RESISTANCE.title(), resistance());
        pages.add(ChartKind.VOLTAGE.title(), voltage(false));
        pages.add(DQDV, voltage(true));
        pages.add(ChartKind.LSV.title(), LsvPlot.of("Linear sweeps", data));
        pages.add(ChartKind.NYQUIST.title(), NyquistPlot.of("Impedance", data));
        if (tabs.getItemCount() > 0) {
            tabs.setSelection(0);
        }
    }

    /** Reads each folder; a folder that is not a study's results is listed with its located error. */
    private void read() {
        List<String> labels = labels(folders);
        for (int i = 0; i < folders.size(); i++) {
            try {
                StudyResult study = ResultReader.readStudy(folders.get(i));
                for (CellResult c : study.cells()) {
                    String name = study.cells().size() == 1 ? labels.get(i) : labels.get(i) + ": " + c.cell();
                    lines.add(new Line(name, CellData.of(c).named(name), Overlays.read(c.folder())));
                }
            } catch (IOException | MalformedResultException e) {
                errors.add(folders.get(i) + ": " + e.getMessage());
            }
        }
    }

    /**
     * The legend names of the folders: the folder's name, or with its parents as far as needed
     * to tell apart folders of the same name (the same study from two checkouts).
     */
    static List<String> labels(List<Path> folders) {
        for (int depth = 1;; depth++) {
            List<String> labels = new ArrayList<>();
            for (Path f : folders) {
                Path p = f.toAbsolutePath().normalize();
                int n = p.getNameCount();
                labels.add(n == 0 ? p.toString() : p.subpath(Math.max(0, n - depth), n).toString());
            }
            boolean distinct = labels.stream().distinct().count() == labels.size();
            int deepest = folders.stream().mapToInt(f -> f.toAbsolutePath().normalize().getNameCount()).max().orElse(0);
            if (distinct || depth >= deepest) {
                return labels;
            }
        }
    }

    private Plot retention() {
        List<Series> s = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Series sim = CyclePlots.retention(l.data(), l.name(), i);
            s.add(sim);
            if (l.extra().measured() != null) {
                Series measured = Overlays.measuredRetention(l.extra().measured(), "measured", i);
                double rms = Overlays.rms(sim, measured);
                s.add(measured.as(String.format(Locale.ROOT, "%s measured (RMS %.2f %% points)", l.name(), rms), i));
            }
            if (l.extra().uncertainty() != null) {
                bands.add(Overlays.band(l.extra().uncertainty(), "retention", l.name(), i));
            }
        }
        return new Plot("Capacity retention", CyclePlots.CYCLE, CyclePlots.RETENTION, s,
                List.of(new Plot.Marker(true, CyclePlots.END_OF_LIFE_PCT, "80 %")), false, bands);
    }

    private Plot resistance() {
        List<Series> s = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            s.add(CyclePlots.resistance(l.data(), l.name(), i));
            if (l.extra().uncertainty() != null) {
                bands.add(Overlays.band(l.extra().uncertainty(), "resistance", l.name(), i));
            }
        }
        return new Plot("Series resistance", CyclePlots.CYCLE, CyclePlots.RESISTANCE, s, List.of(), false, bands);
    }

    /** Each result's profiles at the cycles voltage.png chooses, or their dQ/dV: a colour per result. */
    private Plot voltage(boolean dqdv) {
        List<Series> s = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<VoltageProfiles.Profile> chosen = VoltageProfiles.chosen(l.data().trace(), l.data().capacities());
            if (dqdv) {
                for (VoltageProfiles.Profile p : chosen) {
                    s.add(VoltagePlot.dqdv(p, l.name() + " cycle " + p.cycle() + " " + p.direction(), i));
                }
            } else {
                for (Series p : VoltagePlot.series(chosen, l.name() + " ", 0)) {
                    s.add(p.as(p.name(), i));
                }
            }
        }
        return dqdv ? new Plot("Differential capacity", VoltagePlot.VOLTAGE, VoltagePlot.DQDV, s, List.of(), false)
                : new Plot("Voltage profiles", VoltagePlot.CAPACITY, VoltagePlot.VOLTAGE, s, List.of(), false);
    }

    /** The chart pages, by title, in page order. */
    public Map<String, Chart> charts() {
        return pages.charts();
    }

    /** The titles of all pages, in order. */
    public List<String> pages() {
        return pages.titles();
    }

    /** Brings a page to the front, by title. */
    public void showPage(String title) {
        pages.show(title);
    }

    /** The folders that could not be read, each with its located error. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }
}
