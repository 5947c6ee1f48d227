package org.interphase.execution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.interphase.data.CyclerData;
import org.interphase.data.DataFormatException;
import org.interphase.data.DataFiles;
import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.report.Comparison;
import org.interphase.results.ResultCache;
import org.interphase.model.units.Units;

/**
 * {@code compare with data "FILE"} in a run: the studies' data files, read before anything runs (all
 * or nothing), each cell's comparison written into its folder, and a line per cell with the RMS
 * differences.
 */
public final class MeasuredComparison implements StudyExecution.Measurements {

    private final Map<Study, CyclerData> data = new LinkedHashMap<>();
    private final Map<Study, String> hashes = new LinkedHashMap<>();
    private final Map<String, String> lines = new ConcurrentHashMap<>();

    private MeasuredComparison() {
    }

    /** Reads the data file of every study that names one; null (after printing why) when one cannot be read. */
    public static MeasuredComparison load(List<Study> studies, PrintWriter out) {
        MeasuredComparison m = new MeasuredComparison();
        int errors = 0;
        for (Study s : studies) {
            Path file = DataFiles.resolve(s);
            if (file == null) {
                continue;
            }
            try {
                m.data.put(s, DataFiles.read(file));
                // the bytes read: a changed data file changes the cache key of the study's cells
                m.hashes.put(s, ResultCache.sha256(Files.readAllBytes(file)));
            } catch (DataFormatException e) {
                out.println(e.getMessage().replaceFirst(": ", ": error: "));
                errors++;
            } catch (IOException e) {
                out.println(file + ": error: cannot be read: " + e.getMessage());
                errors++;
            }
        }
        if (errors > 0) {
            out.println("nothing was run: " + errors + (errors == 1 ? " data file" : " data files") + " cannot be read");
            return null;
        }
        return m;
    }

    private static double areaCm2(Cell cell) {
        return cell.getArea() == null ? Double.NaN : cell.getArea().getSi() * Units.CM2_PER_M2;
    }

    /** Writes measured.csv and the overlaid plots of one cell of a study that compares with data. */
    @Override
    public void write(Study study, Cell cell, RunResult r, Path folder) throws IOException {
        CyclerData d = data.get(study);
        if (d == null) {
            return;
        }
        Comparison.write(r, d, areaCm2(cell), study.getMeasuredData(), folder);
    }

    /** The RMS line of a cell, from its result as read back from its folder (run or served from the cache). */
    @Override
    public void summarise(Study study, Cell cell, RunResult r) {
        CyclerData d = data.get(study);
        if (d == null) {
            return;
        }
        Comparison.Difference diff = Comparison.difference(r, d, areaCm2(cell));
        lines.put(ResultLayout.folderName(study) + "/" + cell.getName(), String.format(Locale.ROOT,
                "%s/%s vs %s (%s, %d cycles): RMS difference %.2f %% points in retention, %.4f mAh/cm2 in discharge"
                        + " capacity, over %d cycles",
                study.getName(), cell.getName(), study.getMeasuredData(), d.format().label(), d.cycles().size(),
                diff.retention(), diff.discharge(), diff.cycles()));
    }

    @Override
    public CyclerData of(Study study) {
        return data.get(study);
    }

    @Override
    public String sha256(Study study) {
        return hashes.get(study);
    }

    /** The lines of the cells compared, in the order of the studies and their cells. */
    public void print(List<Study> studies, PrintWriter out) {
        for (Study s : studies) {
            for (Cell c : s.getCells()) {
                String line = lines.get(ResultLayout.folderName(s) + "/" + c.getName());
                if (line != null) {
                    out.println(line);
                }
            }
        }
    }
}
