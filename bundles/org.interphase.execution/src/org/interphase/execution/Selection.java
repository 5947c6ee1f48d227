package org.interphase.execution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.model.Document;
import org.interphase.model.Element;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.solver.study.SweepRunner;

/**
 * The studies and sweeps a run runs: those of the target files, in file and declaration order, or
 * only the one named ({@code --study NAME} on the command line, the study under the cursor in the
 * workbench). A name matches a study's or sweep's simple name or its qualified name
 * ({@code package.Name}); a simple name shared by studies of several packages selects all of them.
 *
 * @param studies   the studies to run
 * @param sweeps    the sweeps to run
 * @param available every study and sweep of the targets, by qualified name (for "there are: ...")
 */
public record Selection(List<Study> studies, List<Sweep> sweeps, List<String> available) {

    public Selection {
        studies = List.copyOf(studies);
        sweeps = List.copyOf(sweeps);
        available = List.copyOf(available);
    }

    /**
     * Selects from the files of a run.
     *
     * @param targets the resources of the files to run (their imports are resolved)
     * @param name    a study or sweep name, or null for all of them
     */
    public static Selection of(Collection<Resource> targets, String name) {
        List<Study> studies = new ArrayList<>();
        List<Sweep> sweeps = new ArrayList<>();
        List<String> available = new ArrayList<>();
        for (Resource r : targets) {
            if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Document d)) {
                continue;
            }
            for (Element e : d.getElements()) {
                if (!(e instanceof Study) && !(e instanceof Sweep)) {
                    continue;
                }
                available.add(ResultLayout.folderName(e));
                if (name != null && !name.equals(e.getName()) && !name.equals(ResultLayout.folderName(e))) {
                    continue;
                }
                if (e instanceof Study s) {
                    studies.add(s);
                } else {
                    sweeps.add((Sweep) e);
                }
            }
        }
        return new Selection(studies, sweeps, available);
    }

    /** Nothing selected. */
    public boolean isEmpty() {
        return studies.isEmpty() && sweeps.isEmpty();
    }

    /** How many runs the selection makes: one per cell of each study, one per sweep point and cell. */
    public int runs() {
        return cells() + sweeps.stream().mapToInt(s -> SweepRunner.grid(s).size()).sum();
    }

    /** How many study cells the selection runs (those the cache can serve). */
    public int cells() {
        return studies.stream().mapToInt(s -> s.getCells().size()).sum();
    }

    /** Why nothing was selected, naming what there is: "no study or sweep 'X' in F (there are: A, B)". */
    public String nothingSelected(String name, String where) {
        if (name == null) {
            return "no study or sweep in " + where;
        }
        return "no study or sweep '" + name + "' in " + where + " (there are: "
                + (available.isEmpty() ? "none" : String.join(", ", available)) + ")";
    }
}
