package org.interphase.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.MechanismSettings;
import org.interphase.model.Parameter;
import org.interphase.model.ModelPackage;
import org.interphase.model.Quantity;
import org.interphase.model.ReportItem;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.Variation;
import org.interphase.model.paths.CellPaths;
import org.interphase.solver.api.ParameterDeclaration;

import com.google.inject.Inject;

/**
 * Studies and sweeps: cells and a protocol to run, known mechanisms and report items, and sweeps
 * that vary something that exists, with values of its kind, over a range that goes up.
 */
public class StudyValidator extends TopicValidator {

    @Inject
    private MechanismCatalog mechanisms;

    @Check
    public void checkStudy(Study study) {
        if (study.getCells().isEmpty()) {
            error(named("study", study.getName()) + " runs no cell (write 'cells A, B')", study,
                    ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_STUDY_PART);
        }
        if (study.getProtocol() == null) {
            error(named("study", study.getName()) + " has no protocol (write 'protocol P')", study,
                    ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_STUDY_PART);
        }
        if (!study.isAllMechanisms() && study.getMechanisms().isEmpty()) {
            warning(named("study", study.getName()) + " names no mechanisms: its cells will not degrade"
                    + " (write 'mechanisms all' or a list)", study, ModelPackage.Literals.ELEMENT__NAME,
                    IssueCodes.UNKNOWN_MECHANISM);
        }
        List<String> known = mechanisms.ids();
        if (study.isAllMechanisms()) {
            // a contribution that cannot load would be left out silently and change the results (issue 14)
            for (String id : known) {
                mechanisms.loadProblem(id).ifPresent(p -> warning(p + "; 'mechanisms all' leaves it out", study,
                        ModelPackage.Literals.STUDY__ALL_MECHANISMS, IssueCodes.MECHANISM_NOT_LOADED));
            }
        }
        Set<Cell> cells = new HashSet<>();
        for (int i = 0; i < study.getCells().size(); i++) {
            Cell cell = study.getCells().get(i);
            // one result folder and one plotted series per cell: the same cell twice is one mistake, not two runs
            if (cell != null && !cell.eIsProxy() && !cells.add(cell)) {
                error("cell '" + shown(cell.getName()) + "' is named twice in " + named("study", study.getName())
                        + ": each cell runs once", study, ModelPackage.Literals.STUDY__CELLS, i,
                        IssueCodes.DUPLICATE_NAME);
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < study.getMechanisms().size(); i++) {
            String id = study.getMechanisms().get(i);
            if (!known.contains(id)) {
                error("unknown mechanism '" + id + "'" + Suggestions.didYouMean(id, known) + " (known: "
                        + String.join(", ", known) + ")", study, ModelPackage.Literals.STUDY__MECHANISMS, i,
                        IssueCodes.UNKNOWN_MECHANISM, Suggestions.closest(id, known).toArray(String[]::new));
            } else if (!seen.add(id)) {
                warning("mechanism '" + id + "' is listed twice", study, ModelPackage.Literals.STUDY__MECHANISMS, i,
                        IssueCodes.UNKNOWN_MECHANISM);
            } else {
                int at = i;
                mechanisms.loadProblem(id).ifPresent(p -> error(p + ": the study's cells cannot run", study,
                        ModelPackage.Literals.STUDY__MECHANISMS, at, IssueCodes.MECHANISM_NOT_LOADED));
            }
        }
    }

    /** 'compare with data FILE': the file exists and reads as a cycler export with at least one cycle. */
    /** Uncertainty runs each cell once per sample: a band needs at least 2, and beyond 5000 the runs dominate. */
    @Check
    public void checkUncertainty(Study study) {
        if (!study.isSetUncertaintySamples()) {
            return;
        }
        int n = study.getUncertaintySamples();
        if (n < 2) {
            error("uncertainty needs at least 2 samples to give percentiles (50 to 200 is usual), not " + n, study,
                    ModelPackage.Literals.STUDY__UNCERTAINTY_SAMPLES, IssueCodes.BAD_COUNT);
        } else if (n > 5000) {
            warning("uncertainty with " + n + " samples runs every cell " + n + " more times; 200 samples give"
                    + " p5 and p95 to about 2 % of the distribution", study,
                    ModelPackage.Literals.STUDY__UNCERTAINTY_SAMPLES, IssueCodes.BAD_COUNT);
        }
    }

    @Check
    public void checkMeasuredData(Study study) {
        java.nio.file.Path file = org.interphase.data.DataFiles.resolve(study);
        if (file == null) {
            return;
        }
        String name = study.getMeasuredData();
        if (!java.nio.file.Files.isRegularFile(file)) {
            error("data file '" + name + "' not found (looked for " + file + ")", study,
                    ModelPackage.Literals.STUDY__MEASURED_DATA, IssueCodes.MEASURED_DATA);
            return;
        }
        try {
            var data = org.interphase.data.DataFiles.read(file);
            if (data.cycles().isEmpty()) {
                error("data file '" + name + "' has no cycle that passed current", study,
                        ModelPackage.Literals.STUDY__MEASURED_DATA, IssueCodes.MEASURED_DATA);
            }
        } catch (org.interphase.data.DataFormatException e) {
            error("data file '" + name + "'" + (e.line() > 0 ? " line " + e.line() : "") + ": " + e.problem(), study,
                    ModelPackage.Literals.STUDY__MEASURED_DATA, IssueCodes.MEASURED_DATA);
        } catch (java.io.IOException e) {
            error("data file '" + name + "' cannot be read: " + e.getMessage(), study,
                    ModelPackage.Literals.STUDY__MEASURED_DATA, IssueCodes.MEASURED_DATA);
        }
    }

    @Check
    public void checkSettings(MechanismSettings settings) {
        List<String> known = mechanisms.ids();
        String id = settings.getMechanism();
        if (!known.contains(id)) {
            error("unknown mechanism '" + id + "'" + Suggestions.didYouMean(id, known) + " (known: "
                    + String.join(", ", known) + ")", settings,
                    ModelPackage.Literals.MECHANISM_SETTINGS__MECHANISM, IssueCodes.UNKNOWN_MECHANISM,
                    Suggestions.closest(id, known).toArray(String[]::new));
            return;
        } else if (settings.eContainer() instanceof Study study && !study.isAllMechanisms()
                && !study.getMechanisms().contains(id)) {
            warning("mechanism '" + id + "' has settings but is not among the study's mechanisms", settings,
                    ModelPackage.Literals.MECHANISM_SETTINGS__MECHANISM, IssueCodes.UNKNOWN_MECHANISM);
        }
        var declared = mechanisms.parameters(id);
        if (declared.isEmpty()) {
            return; // not installed: its parameters are checked where it is
        }
        List<String> names = declared.get().stream().map(ParameterDeclaration::name).toList();
        for (Parameter p : settings.getParameters()) {
            var declaration = declared.get().stream().filter(d -> d.name().equals(p.getName())).findFirst();
            if (declaration.isEmpty()) {
                String head = "mechanism " + id + " has no parameter '" + shown(p.getName()) + "'"
                        + Suggestions.didYouMean(p.getName(), names) + " (its parameters: ";
                String list = Suggestions.listWithin(names, Problem.MAX_MESSAGE - head.length() - 1);
                error(head + list + ")", p, ModelPackage.Literals.PARAMETER__NAME,
                        IssueCodes.UNKNOWN_PARAMETER, Suggestions.closest(p.getName(), names).toArray(String[]::new));
            } else if (p.getValue() != null) {
                List<String> dimension = List.of(declaration.get().dimension());
                Dimensions.problem(p.getValue(), dimension, p.getName())
                        .ifPresent(m -> error(m, p.getValue(), null, IssueCodes.WRONG_DIMENSION, dimension.toArray(String[]::new)));
            }
        }
    }

    @Check
    public void checkReport(ReportItem item) {
        String name = item.getName();
        if (!ReportKinds.NAMES.contains(name)) {
            error("unknown report item '" + name + "'" + Suggestions.didYouMean(name, ReportKinds.NAMES) + " (known: "
                    + String.join(", ", ReportKinds.NAMES) + ")", item, ModelPackage.Literals.REPORT_ITEM__NAME,
                    IssueCodes.UNKNOWN_REPORT, Suggestions.closest(name, ReportKinds.NAMES).toArray(String[]::new));
            return;
        }
        boolean periodic = item.eIsSet(ModelPackage.Literals.REPORT_ITEM__EVERY);
        if (periodic && !ReportKinds.PERIODIC.contains(name)) {
            warning("'" + name + "' is reported once per cycle or run; 'every' is ignored", item,
                    ModelPackage.Literals.REPORT_ITEM__EVERY, IssueCodes.UNKNOWN_REPORT);
        } else if (periodic && item.getEvery() < 1 && countAsWritten(item, ModelPackage.Literals.REPORT_ITEM__EVERY)) {
            error("'every' needs at least 1 cycle", item, ModelPackage.Literals.REPORT_ITEM__EVERY, IssueCodes.BAD_COUNT);
        }
        if (item.getThreshold() != null && !ReportKinds.WITH_THRESHOLD.contains(name)) {
            warning("'" + name + "' takes no threshold; 'at' is ignored", item,
                    ModelPackage.Literals.REPORT_ITEM__THRESHOLD, IssueCodes.UNKNOWN_REPORT);
        }
    }

    @Check
    public void checkSweep(Sweep sweep) {
        if (sweep.getStudy() == null) {
            error(named("sweep", sweep.getName()) + " names no study (write 'study S')", sweep,
                    ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_STUDY_PART);
        }
        if (sweep.getVariations().isEmpty()) {
            error(named("sweep", sweep.getName()) + " varies nothing (write 'vary Cell.path from a to b in n steps')",
                    sweep, ModelPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_STUDY_PART);
        }
    }

    @Check
    public void checkVariation(Variation variation) {
        List<String> dimensions;
        String what;
        if (variation.isTemperature()) {
            dimensions = List.of("temperature");
            what = "temperature";
        } else {
            Cell cell = variation.getCell();
            if (cell == null || cell.eIsProxy()) {
                return; // reported by linking
            }
            if (variation.eContainer() instanceof Sweep sweep && sweep.getStudy() != null
                    && !sweep.getStudy().eIsProxy() && !sweep.getStudy().getCells().contains(cell)) {
                error(named("cell", cell.getName()) + " is not among the cells of study '" + shown(sweep.getStudy().getName()) + "'",
                        variation, ModelPackage.Literals.VARIATION__CELL, IssueCodes.CELL_NOT_IN_STUDY);
                return;
            }
            CellPaths.Resolution r = CellPaths.resolve(cell, variation.getPath());
            if (!r.ok()) {
                int index = Math.min(r.failure().segment(), variation.getPath().size() - 1);
                error(r.failure().message(), variation, ModelPackage.Literals.VARIATION__PATH, index,
                        IssueCodes.UNKNOWN_PATH);
                return;
            }
            dimensions = r.target().dimensions();
            what = cell.getName() + "." + String.join(".", variation.getPath());
        }
        for (Quantity q : values(variation)) {
            Dimensions.problem(q, dimensions, what)
                    .ifPresent(m -> error(m, q, null, IssueCodes.WRONG_DIMENSION, dimensions.toArray(String[]::new)));
        }
        if (variation.getFrom() != null) {
            if (variation.getSteps() < 2 && countAsWritten(variation, ModelPackage.Literals.VARIATION__STEPS)) {
                error("a range needs at least 2 steps, got " + variation.getSteps(), variation,
                        ModelPackage.Literals.VARIATION__STEPS, IssueCodes.BAD_COUNT);
            }
            Dimensions.notIncreasing(variation.getFrom(), variation.getTo(), "sweep")
                    .ifPresent(m -> error(m, variation.getFrom(), null, IssueCodes.SWEEP_START_ABOVE_END));
        }
    }

    private static List<Quantity> values(Variation v) {
        if (v.getFrom() != null) {
            return v.getTo() == null ? List.of(v.getFrom()) : List.of(v.getFrom(), v.getTo());
        }
        return v.getValues();
    }
}
