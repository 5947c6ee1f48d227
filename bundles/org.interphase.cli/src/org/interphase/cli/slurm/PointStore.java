package org.interphase.cli.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.ResultsPackage;
import org.interphase.model.results.RunResult;
import org.interphase.results.AtomicFolder;

/**
 * The finished sweep points of a Slurm job, kept between the array tasks that run them and the
 * gather job that writes the sweeps' folders, and between submissions (the cache of sweep points:
 * a resubmitted job skips a point whose results are here under the same key).
 * <p>
 * A point's folder ({@code <store>/unit-<n>/}) holds {@value #KEY} (the key it was run under) and
 * {@value #RESULTS}: per cell, its name, study, status, stop reason and metrics, in XMI, which writes
 * doubles exactly. So the gather job's sweep.csv and sweep.png are drawn from the same numbers a
 * local run draws them from, bit for bit. Each folder is written atomically.
 */
public final class PointStore {

    static final String KEY = "key.txt";
    static final String RESULTS = "results.xmi";

    private final Path root;

    /** @param root the store's folder (created when the first point is written) */
    public PointStore(Path root) {
        this.root = root;
    }

    public Path folder(SlurmPlan.Unit unit) {
        return root.resolve(unit.id());
    }

    /** The point's results when its folder holds them under this key; empty when not (or unreadable). */
    public Optional<List<RunResult>> lookup(SlurmPlan.Unit unit, String key) {
        Path folder = folder(unit);
        try {
            if (!Files.isRegularFile(folder.resolve(KEY))
                    || !Files.readString(folder.resolve(KEY), StandardCharsets.UTF_8).strip().equals(key)) {
                return Optional.empty();
            }
            ResultsPackage.eINSTANCE.eClass(); // the package that the XMI names is registered
            Resource r = new XMIResourceImpl(URI.createFileURI(folder.resolve(RESULTS).toAbsolutePath().toString()));
            r.load(Map.of());
            List<RunResult> results = new ArrayList<>();
            for (EObject o : r.getContents()) {
                results.add((RunResult) o);
            }
            return Optional.of(results);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is run again
        }
    }

    /** Stores a point's results (one per cell of the sweep's study) under a key. */
    public void write(SlurmPlan.Unit unit, String key, List<RunResult> results) throws IOException {
        Resource r = new XMIResourceImpl(URI.createFileURI("results.xmi"));
        for (RunResult full : results) {
            RunResult slim = ResultsFactory.eINSTANCE.createRunResult();
            slim.setStudy(full.getStudy());
            slim.setCell(full.getCell());
            slim.setStatus(full.getStatus());
            slim.setStopReason(full.getStopReason());
            if (full.getMetrics() != null) {
                slim.setMetrics(EcoreUtil.copy(full.getMetrics()));
            }
            r.getContents().add(slim);
        }
        AtomicFolder.write(folder(unit), f -> {
            try (var out = Files.newOutputStream(f.resolve(RESULTS))) {
                r.save(out, Map.of());
            }
            Files.writeString(f.resolve(KEY), key + "\n", StandardCharsets.UTF_8);
        });
    }
}
