package org.interphase.execution.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.RunResult;
import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.ProtocolRunner;
import org.interphase.solver.study.StudyRunner;

/**
 * Fits mechanism parameters of a study to a measured capacity retention per cycle with Hipparchus'
 * Levenberg-Marquardt optimiser. Each evaluation runs the study's protocol on its cell cycle by cycle
 * (no multi-rate jumps, so that the model is smooth in the parameters). Parameters are fitted as
 * logarithms (they are positive and may span decades); the Jacobian is taken by forward differences
 * of 1 % in the parameter. Confidence intervals: the residual variance s2 = RSS / (m - n) times
 * (J'J)^-1 at the optimum gives the standard error of each log-parameter, and q +- t(0.975, m - n) se,
 * mapped back with exp, the 95 % interval (asymmetric around the value).
 */
public final class RetentionFit {

    /** A parameter to fit: mechanism id, parameter name as declared. */
    public record Target(String mechanism, String name) {
        public String label() {
            return mechanism + "." + name;
        }
    }

    /** A fitted value with its 95 % confidence interval, SI, and the unit its declaration shows it in. */
    public record Estimate(Target target, double value, double low, double high, double initial,
            ParameterDeclaration declaration) {
    }

    /**
     * @param estimates  the fitted parameters
     * @param rms        RMS residual at the optimum, percentage points of retention
     * @param cycles     measured cycles fitted
     * @param runs       engine runs made
     * @param iterations optimiser iterations
     */
    public record Result(List<Estimate> estimates, double rms, int cycles, int runs, int iterations) {
    }

    private static final double STEP = 0.01;

    private final MechanismRegistry registry;
    private final Study study;
    private final Cell cell;
    private final List<Target> targets;
    private final List<ParameterDeclaration> declarations = new ArrayList<>();
    private final BooleanSupplier cancelled;
    private int runs;

    public RetentionFit(MechanismRegistry registry, Study study, Cell cell, List<Target> targets, BooleanSupplier cancelled) {
        this.registry = registry;
        this.study = study;
        this.cell = cell;
        this.targets = List.copyOf(targets);
        this.cancelled = cancelled;
        List<MechanismDescriptor> used = new StudyRunner(registry, "fit").mechanisms(study, cell);
        for (Target t : targets) {
            MechanismDescriptor d = used.stream().filter(m -> m.id().equals(t.mechanism())).findFirst()
                    .orElseThrow(() -> new CellModelException("mechanism " + t.mechanism() + " does not run in study "
                            + study.getName() + " (it runs: " + String.join(", ", used.stream().map(MechanismDescriptor::id).toList()) + ")"));
            declarations.add(d.parameters().stream().filter(p -> p.name().equals(t.name())).findFirst()
                    .orElseThrow(() -> new CellModelException("mechanism " + t.mechanism() + " has no parameter '" + t.name()
                            + "' (its parameters: " + String.join(", ", d.parameters().stream().map(ParameterDeclaration::name).toList()) + ")")));
        }
    }

    /** The values the study runs with now (its settings, else the declared defaults), SI. */
    public double[] initial() {
        Map<String, Map<String, Double>> o = StudyRunner.overrides(study);
        double[] v = new double[targets.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = o.getOrDefault(targets.get(i).mechanism(), Map.of()).getOrDefault(targets.get(i).name(),
                    declarations.get(i).defaultValue());
        }
        return v;
    }

    /** The run at given parameter values (SI), cycle by cycle. */
    public RunResult run(double[] values) {
        Map<String, Map<String, Double>> overrides = StudyRunner.overrides(study);
        for (int i = 0; i < values.length; i++) {
            overrides.computeIfAbsent(targets.get(i).mechanism(), k -> new LinkedHashMap<>()).put(targets.get(i).name(), values[i]);
        }
        runs++;
        // as StudyRunner runs a cell: the mechanisms' views of the electrolyte share the runner's polymer phase and
        // salt left (FilmPhases); outside that scope each view had a film of its own (below the melting point the
        // fit's run differed from the study's: FitTest.theFitRunsTheCellAsTheStudyDoes)
        return org.interphase.solver.cell.FilmPhases.within(() -> {
            var active = MechanismActivation.activate(cell, new StudyRunner(registry, "fit").mechanisms(study, cell), overrides);
            return new ProtocolRunner(cell, study.getProtocol(), active, cancelled, false).run();
        });
    }

    /** Simulated retention (%) at the measured cycles; 0 for a cycle the run did not reach. */
    private double[] retention(double[] logValues, int[] cycles) {
        double[] values = new double[logValues.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(logValues[i]);
        }
        Map<Integer, Double> byCycle = new HashMap<>();
        for (CycleRecord c : run(values).getCycles()) {
            byCycle.put(c.getCycle(), c.getCapacityRetention());
        }
        double[] r = new double[cycles.length];
        for (int k = 0; k < cycles.length; k++) {
            r[k] = byCycle.getOrDefault(cycles[k], 0.0);
        }
        return r;
    }

    /**
     * Fits to measured retention.
     *
     * @param cycles    measured cycle numbers
     * @param retention measured retention at those cycles, %
     */
    public Result fit(int[] cycles, double[] retention) {
        int m = cycles.length;
        int n = targets.size();
        if (m <= n) {
            throw new CellModelException("fitting " + n + " parameter" + (n == 1 ? "" : "s") + " needs more than " + n
                    + " measured cycles, the data have " + m);
        }
        double[] start = initial();
        double[] q0 = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(start[i] > 0)) {
                throw new CellModelException(targets.get(i).label() + " starts at " + start[i] + ": only positive parameters are fitted");
            }
            q0[i] = Math.log(start[i]);
        }
        var problem = new LeastSquaresBuilder().start(q0).target(retention).maxEvaluations(100).maxIterations(50)
                .model(q -> jacobian(q.toArray(), cycles)).build();
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-8).withParameterRelativeTolerance(1e-6).optimize(problem);
        double[] q = optimum.getPoint().toArray();
        RealMatrix j = optimum.getJacobian();
        RealVector residuals = optimum.getResiduals();
        double rss = residuals.dotProduct(residuals);
        double s2 = rss / (m - n);
        RealMatrix cov = new LUDecomposition(j.transpose().multiply(j)).getSolver().getInverse().scalarMultiply(s2);
        double t = new TDistribution(m - n).inverseCumulativeProbability(0.975);
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double half = t * Math.sqrt(cov.getEntry(i, i));
            estimates.add(new Estimate(targets.get(i), Math.exp(q[i]), Math.exp(q[i] - half), Math.exp(q[i] + half),
                    start[i], declarations.get(i)));
        }
        return new Result(estimates, Math.sqrt(rss / m), m, runs, optimum.getIterations());
    }

    private Pair<RealVector, RealMatrix> jacobian(double[] q, int[] cycles) {
        double[] f0 = retention(q, cycles);
        RealMatrix j = new Array2DRowRealMatrix(f0.length, q.length);
        for (int i = 0; i < q.length; i++) {
            double[] qi = q.clone();
            qi[i] += STEP;
            double[] fi = retention(qi, cycles);
            for (int k = 0; k < f0.length; k++) {
                j.setEntry(k, i, (fi[k] - f0[k]) / STEP);
            }
        }
        return new Pair<>(new ArrayRealVector(f0), j);
    }
}
