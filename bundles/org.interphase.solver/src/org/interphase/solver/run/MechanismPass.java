package org.interphase.solver.run;

import java.util.List;
import java.util.function.IntUnaryOperator;

import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.InterfaceState;

/**
 * One pass over a cell's mechanisms at one evaluation, shared by the cycling runner ({@link Simulation})
 * and the Li|Li runner ({@link SymmetricCellRunner}): each mechanism is told the conditions of its
 * interface (potential, current density, the cathode's delithiation and contact, the salt at that
 * surface and what the other mechanisms of the interface keep), called through the {@link Guard}, and
 * its rates are written into the runner's rate vector at its offset; what the mechanisms report adds
 * up in the runner's {@link EffectSum}. The runners differ only in what the interfaces see
 * ({@link Surfaces}) and where a mechanism's states sit in their state vector.
 */
final class MechanismPass {

    /**
     * What the interfaces see at one evaluation. A filler's interface sits at potential 0; the anode's
     * contact is whole.
     *
     * @param cathodePotential potential at the cathode-side interface, V
     * @param anodePotential   potential at the anode-side interface, V
     * @param cathodeCurrent   current density the cathode-side interface sees, A/m2
     * @param anodeCurrent     current density the anode-side interface sees, A/m2
     * @param fillerCurrent    current density the filler interfaces see, A/m2
     * @param delithiation     the cathode's delithiation
     * @param cathodeContact   fraction of the cathode the electrolyte touches
     */
    record Surfaces(double cathodePotential, double anodePotential, double cathodeCurrent, double anodeCurrent,
            double fillerCurrent, double delithiation, double cathodeContact) {
    }

    private final List<ActiveMechanism> mechanisms;
    private final int[] offsets;
    private final SharedState shared;
    private final SaltCoupling salt;
    private final EffectSum effects;
    /** Where the runner keeps the running totals of lithium taken from the anodes and of each gas. */
    private final int lithiumIndex, gasIndex;
    /** Each mechanism's state and rates, reused by every evaluation. */
    private final double[][] own, ownRates;
    /**
     * What each mechanism's interface keeps, read by name, at the evaluation under way: one per mechanism,
     * reused by every evaluation (a fresh lambda per mechanism and evaluation was the largest allocation of
     * a run, JFR 2026-12-07).
     */
    private final Surface[] surfaces;
    /**
     * The first mechanism on each mechanism's interface, by index: mechanisms on one interface see the same
     * conditions (the same potential, current, contact and interface state), so each evaluation makes one
     * {@link Conditions} per interface, kept in {@link #conditions}, instead of one per mechanism (the largest
     * allocation of a run, JFR 2026-12-07: 17 % of the bytes).
     */
    private final int[] sharer;
    private final Conditions[] conditions;
    /** The cycling runner's fast states (null: none, the Li|Li runner integrates them as any state). */
    private FastStates fast;
    /**
     * Where a Li|Li runner keeps the lithium taken from its working electrode (the cathode-side interface's
     * share of the total), mol/m2; -1: not kept (a full cell's anode is the only lithium).
     */
    private int workingLithiumIndex = -1;
    /** Whether a mechanism read the share of the salt left ({@link InterfaceState#SALT_LEFT}) in the last pass. */
    private boolean readSaltLeft;

    /**
     * @param offset       where mechanism k's first state sits in the runner's state vector, by k
     * @param lithiumIndex where the runner keeps the lithium the mechanisms took from the anodes, mol/m2
     * @param gasIndex     where its gases start ({@link EffectSum#GASES} in order), mol/m2
     */
    MechanismPass(List<ActiveMechanism> mechanisms, IntUnaryOperator offset, SaltCoupling salt, EffectSum effects,
            int lithiumIndex, int gasIndex) {
        this.mechanisms = List.copyOf(mechanisms);
        this.offsets = new int[this.mechanisms.size()];
        for (int k = 0; k < offsets.length; k++) {
            offsets[k] = offset.applyAsInt(k);
        }
        this.shared = new SharedState(this.mechanisms, offset);
        this.salt = salt;
        this.effects = effects;
        this.lithiumIndex = lithiumIndex;
        this.gasIndex = gasIndex;
        own = this.mechanisms.stream().map(m -> new double[m.size()]).toArray(double[][]::new);
        ownRates = this.mechanisms.stream().map(m -> new double[m.size()]).toArray(double[][]::new);
        surfaces = new Surface[offsets.length];
        sharer = new int[offsets.length];
        conditions = new Conditions[offsets.length];
        for (int k = 0; k < offsets.length; k++) {
            surfaces[k] = new Surface(k, this.mechanisms.get(k).where().getKind() == InterfaceKind.CATHODE_ELECTROLYTE);
            int first = 0;
            while (this.mechanisms.get(first).where() != this.mechanisms.get(k).where()) {
                first++;
            }
            sharer[k] = first;
        }
    }

    /** The salt at mechanism k's surface and the states of its interface, at the time and state last set. */
    private final class Surface implements InterfaceState {

        private final int k;
        private final boolean cathode;
        private double t;
        private double[] state;

        Surface(int k, boolean cathode) {
            this.k = k;
            this.cathode = cathode;
        }

        Surface at(double time, double[] now) {
            t = time;
            state = now;
            return this;
        }

        @Override
        public double get(String name) {
            if (InterfaceState.SALT_AT_SURFACE.equals(name)) {
                return cathode ? salt.cathodeSide(t) : salt.anodeSide(t);
            }
            if (InterfaceState.SALT_LEFT.equals(name)) {
                readSaltLeft = true;
                return salt.saltLeft();
            }
            return shared.sum(state, k, name);
        }
    }

    /**
     * Whether a mechanism of the last pass read the share of the salt left in the film, which follows the whole
     * profile, not only the salt at the surfaces at the pass's time (for {@link EvalMemo}).
     */
    boolean readSaltLeft() {
        return readSaltLeft;
    }

    /** Evaluates the mechanisms through the fast states' exponential integration ({@link FastStates}). */
    MechanismPass withFastStates(FastStates states) {
        this.fast = states;
        return this;
    }

    /**
     * Keeps the lithium the cathode-side interface's mechanisms take (a symmetric cell's working electrode)
     * apart, at this index of the runner's state, beside the total at the lithium index.
     */
    MechanismPass withWorkingLithium(int index) {
        this.workingLithiumIndex = index;
        return this;
    }

    /**
     * Evaluates every mechanism at a time, temperature (K) and state: their rates go into {@code rates}
     * at their offsets, their effects into the effect sum (reset first), and the lithium and gases they
     * take or give off into the rates of the running totals.
     */
    void evaluate(double t, double temperature, double[] state, Surfaces at, double[] rates) {
        effects.reset();
        readSaltLeft = false;
        Guard.begin(mechanisms);
        for (int index = 0; index < mechanisms.size(); index++) {
            ActiveMechanism m = mechanisms.get(index);
            int offset = offsets[index];
            InterfaceKind kind = m.where().getKind();
            effects.at(m.where());
            double potential = switch (kind) {
                case CATHODE_ELECTROLYTE -> at.cathodePotential();
                case ANODE_ELECTROLYTE -> at.anodePotential();
                case FILLER_POLYMER -> 0;
            };
            double current = switch (kind) {
                case CATHODE_ELECTROLYTE -> at.cathodeCurrent();
                case ANODE_ELECTROLYTE -> at.anodeCurrent();
                case FILLER_POLYMER -> at.fillerCurrent();
            };
            double contact = kind == InterfaceKind.CATHODE_ELECTROLYTE ? at.cathodeContact() : 1;
            double[] mine = own[index];
            double[] mineRates = ownRates[index];
            System.arraycopy(state, offset, mine, 0, mine.length);
            java.util.Arrays.fill(mineRates, 0);
            int first = sharer[index];
            Conditions c = first == index ? new Conditions(t, temperature, potential, current, at.delithiation(), contact,
                    surfaces[index].at(t, state)) : conditions[first];
            conditions[index] = c;
            if (fast != null) {
                fast.evaluate(index, c, mine, mineRates, effects);
            } else {
                Guard.evaluate(m, c, mine, mineRates, effects);
            }
            System.arraycopy(mineRates, 0, rates, offset, mineRates.length);
        }
        rates[lithiumIndex] = effects.lithiumLoss;
        if (workingLithiumIndex >= 0) {
            rates[workingLithiumIndex] = effects.cathodeSideLithiumLoss;
        }
        System.arraycopy(effects.gas, 0, rates, gasIndex, effects.gas.length);
    }
}
