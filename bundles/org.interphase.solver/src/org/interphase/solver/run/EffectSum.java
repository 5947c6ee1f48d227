package org.interphase.solver.run;

import java.util.List;

import java.util.Locale;
import java.util.function.IntToDoubleFunction;

import org.interphase.model.InterfaceKind;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.ResultsFactory;
import org.interphase.solver.api.Effects;

/** Adds up what the mechanisms of one interface report during one evaluation. */
final class EffectSum implements Effects {

    /** Gas species tracked in results (umol/cm2 per species in summary.json). */
    static final List<String> GASES = List.of("H2", "CH4", "CO", "CO2", "O2");
    private static final String[] GAS_NAMES = GASES.toArray(String[]::new);

    /**
     * The result's gas amounts, umol/cm2, of every tracked species (the result model's attribute of a
     * species is its name in lower case: h2, ch4, co, co2, o2).
     *
     * @param molPerSquareMetre the amount evolved of the species at an index of {@link #GASES}, mol/m2
     */
    static GasAmounts amounts(IntToDoubleFunction molPerSquareMetre) {
        GasAmounts gas = ResultsFactory.eINSTANCE.createGasAmounts();
        for (int i = 0; i < GASES.size(); i++) {
            gas.eSet(gas.eClass().getEStructuralFeature(GASES.get(i).toLowerCase(Locale.ROOT)),
                    Display.umolPerCm2(molPerSquareMetre.applyAsDouble(i)));
        }
        return gas;
    }

    private InterfaceKind kind;
    /** Index of the filler whose interface reports next (its place in the electrolyte's fillers). */
    private int filler;
    double cathodeSideCurrent;
    double anodeSideCurrent;
    double filmResistance;
    /** Resistance grown on each filler's interface, ohm m2, by the filler's place in the electrolyte. */
    double[] fillerResistance = new double[0];
    double activeMaterialLoss;
    double lithiumLoss;
    /**
     * The part of {@link #lithiumLoss} that the cathode-side interface's mechanisms reported: in a symmetric
     * Li|Li cell the lithium taken from the working electrode (the one in the cathode's place).
     */
    double cathodeSideLithiumLoss;
    double contactLoss;
    final double[] gas = new double[GASES.size()];
    String shortCircuit;

    /** The first sum that is not finite, described (null when all are): a mechanism's bad report. */
    String firstNonFinite() {
        // fast path, no allocation: a NaN or an infinity anywhere makes the total non-finite (an
        // overflow of finite sums too, which the scan below then finds harmless)
        double fillers = 0;
        for (double r : fillerResistance) {
            fillers += r;
        }
        double total = cathodeSideCurrent + anodeSideCurrent + filmResistance + fillers + activeMaterialLoss
                + lithiumLoss + contactLoss;
        for (double g : gas) {
            total += g;
        }
        if (Double.isFinite(total)) {
            return null;
        }
        double[] sums = { cathodeSideCurrent, anodeSideCurrent, filmResistance, fillers, activeMaterialLoss,
            lithiumLoss, contactLoss };
        String[] names = { "side current", "side current", "film resistance", "filler interface resistance",
            "active material loss", "lithium loss", "contact loss" };
        for (int i = 0; i < sums.length; i++) {
            if (!Double.isFinite(sums[i])) {
                return names[i] + " of " + sums[i];
            }
        }
        for (int i = 0; i < gas.length; i++) {
            if (!Double.isFinite(gas[i])) {
                return GASES.get(i) + " evolution of " + gas[i];
            }
        }
        return null;
    }

    void reset() {
        cathodeSideCurrent = 0;
        anodeSideCurrent = 0;
        filmResistance = 0;
        java.util.Arrays.fill(fillerResistance, 0);
        activeMaterialLoss = 0;
        lithiumLoss = 0;
        cathodeSideLithiumLoss = 0;
        contactLoss = 0;
        java.util.Arrays.fill(gas, 0);
        shortCircuit = null;
    }

    /** The interface whose mechanisms report next. */
    void at(InterfaceKind interfaceKind) {
        this.kind = interfaceKind;
    }

    /** The interface whose mechanisms report next; a filler's is told apart from the other fillers'. */
    void at(org.interphase.model.CellInterface where) {
        this.kind = where.getKind();
        if (kind == InterfaceKind.FILLER_POLYMER && where.getElectrolyte() != null) {
            filler = Math.max(0, where.getElectrolyte().getFillers().indexOf(where.getFiller()));
        } else {
            filler = 0;
        }
    }

    @Override
    public void sideCurrent(double currentDensity) {
        if (kind == InterfaceKind.ANODE_ELECTROLYTE) {
            anodeSideCurrent += currentDensity;
        } else {
            cathodeSideCurrent += currentDensity;
        }
    }

    @Override
    public void filmResistance(double ohmSquareMetre) {
        filmResistance += ohmSquareMetre;
    }

    /** On the filler whose interface reports (each filler has its own interphase). */
    @Override
    public void fillerInterfaceResistance(double ohmSquareMetre) {
        if (filler >= fillerResistance.length) {
            fillerResistance = java.util.Arrays.copyOf(fillerResistance, filler + 1);
        }
        fillerResistance[filler] = Math.max(fillerResistance[filler], ohmSquareMetre);
    }

    @Override
    public void activeMaterialLoss(double fractionPerSecond) {
        activeMaterialLoss += fractionPerSecond;
    }

    @Override
    public void lithiumLoss(double molPerSquareMetreSecond) {
        lithiumLoss += molPerSquareMetreSecond;
        if (kind == InterfaceKind.CATHODE_ELECTROLYTE) {
            cathodeSideLithiumLoss += molPerSquareMetreSecond;
        }
    }

    @Override
    public void contactLoss(double fractionPerSecond) {
        contactLoss += fractionPerSecond;
    }

    @Override
    public void gas(String species, double molPerSquareMetreSecond) {
        int i = gasIndex(species);
        if (i < 0) {
            throw new IllegalArgumentException("gas species '" + species + "' is not tracked (known: " + GASES + ")");
        }
        gas[i] += molPerSquareMetreSecond;
    }

    /**
     * The species' place in {@link #GASES}, -1 when not tracked: a mechanism reports a gas at every evaluation,
     * nearly always with the same string constant, so the names are compared by identity first
     * ({@code List.indexOf}'s equals was 2 % of a run in the JFR profile of 2026-12-07).
     */
    private static int gasIndex(String species) {
        for (int i = 0; i < GAS_NAMES.length; i++) {
            if (GAS_NAMES[i] == species) {
                return i;
            }
        }
        return GASES.indexOf(species);
    }

    @Override
    public void shortCircuit(String reason) {
        if (shortCircuit == null) {
            shortCircuit = reason;
        }
    }
}
