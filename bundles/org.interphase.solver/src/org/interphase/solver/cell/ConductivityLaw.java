package org.interphase.solver.cell;

/**
 * The ionic conductivity of a polymer electrolyte versus temperature. With VFT parameters,
 * sigma = A exp(-B/(T - T0)) of each EO:Li ratio they were fitted at, and ln sigma interpolated
 * linearly in the ratio between the two nearest fits (so the result stays between them);
 * otherwise an Arrhenius line through the 'ionic conductivity at T' points (constant with one).
 * Below the melting point crystallinity cuts it by up to the crystalline factor (domain brief: one to
 * two orders below melting): in equilibrium the whole factor at the foot of the polymer's 'melting width'
 * under the melting point (10 K when the library gives none) and a log-linear share of it above (the
 * crystalline share grows from the liquidus down, lever rule, over the DSC endotherm's width), times
 * the relative crystallinity the film has reached ({@link PolymerPhase}: crystallisation takes time).
 * The melting point is that of the cell's EO:Li ratio when the library gives melting points per
 * ratio ('melting point at r'; salt depresses the melting of the polymer's crystals), linear in the
 * ratio between two entries and held at the nearest beyond them; otherwise the plain 'melting point'.
 */
final class ConductivityLaw {

    /** Width of the melting range over which the crystalline drop is blended when the library gives none, K. */
    static final double MELTING_RANGE = 10;

    private final double[][] vft; // per fit: EO:Li ratio, A (S/m), B (K), T0 (K); null without VFT data
    private final double ratio; // the cell's EO:Li (NaN: unknown, the first fit is used)
    private final double[][] points; // 1/T and ln sigma, sorted by 1/T
    private final double meltingPoint;
    private final double crystallineFactor;
    /** Width of the melting range under the melting point, K: the equilibrium crystallinity grows over it. */
    private final double meltingRange;
    /** Factor on the VFT value for a composition outside the fits ({@link CompositionLaw}), 1 inside. */
    private final double compositionFactor;

    /**
     * The last answers of {@link #at(double, double, double)} (by temperature, amorphous share and crystallinity)
     * and of the melt's law (by temperature), with what they were asked. An evaluation of the cell asks about
     * seven times, of four kinds (the composite's conductivity, the polymer's own, the salt's diffusivity at its
     * reference temperature, the crystalline factor), each with up to seven exponentials and logarithms (25 % of
     * the cell's evaluations, JFR 2026-12-07); at one temperature and crystallinity the answers repeat. Each is
     * immutable and compared bit for bit, so a law shared by runs on several threads answers exactly as it
     * computes.
     */
    private final Answer[] answers = new Answer[4];
    private final Answer[] melts = new Answer[2];
    private int nextAnswer;
    private int nextMelt;

    private record Answer(double temperatureK, double amorphousFraction, double crystallised, double value) {

        static double find(Answer[] known, double temperatureK, double amorphousFraction, double crystallised) {
            for (Answer a : known) {
                if (a != null && Double.doubleToRawLongBits(a.temperatureK) == Double.doubleToRawLongBits(temperatureK)
                        && Double.doubleToRawLongBits(a.amorphousFraction) == Double.doubleToRawLongBits(amorphousFraction)
                        && Double.doubleToRawLongBits(a.crystallised) == Double.doubleToRawLongBits(crystallised)) {
                    return a.value;
                }
            }
            return Double.NaN; // never an answer: a conductivity is a number
        }
    }

    private ConductivityLaw(double[][] vft, double ratio, double[][] points, double meltingPoint,
            double crystallineFactor, double meltingRange, double compositionFactor) {
        this.compositionFactor = compositionFactor;
        this.meltingRange = meltingRange;
        this.vft = vft;
        this.ratio = ratio;
        this.points = points;
        this.meltingPoint = meltingPoint;
        this.crystallineFactor = crystallineFactor;
    }

    static ConductivityLaw of(MaterialData polymer, double eoLiRatio) {
        double[][] vft = null;
        double[][] a = polymer.curve("vft prefactor");
        double[][] b = polymer.curve("vft activation temperature");
        double[][] t0 = polymer.curve("vft reference temperature");
        if (a[0].length > 0 && a[0].length == b[0].length && a[0].length == t0[0].length) {
            vft = new double[a[0].length][];
            for (int i = 0; i < vft.length; i++) {
                if (a[0][i] != b[0][i] || a[0][i] != t0[0][i]) {
                    throw new CellModelException("material " + polymer.name()
                            + ": the VFT parameters must be given at the same EO:Li ratios");
                }
                vft[i] = new double[] { a[0][i], a[1][i], b[1][i], t0[1][i] };
            }
        }
        double[][] measured = polymer.curve("ionic conductivity");
        double[][] points = new double[2][measured[0].length];
        for (int i = 0; i < measured[0].length; i++) {
            int j = measured[0].length - 1 - i; // descending T = ascending 1/T
            points[0][i] = 1 / measured[0][j];
            points[1][i] = Math.log(measured[1][j]);
        }
        if (vft == null && points[0].length == 0) {
            double constant = polymer.require("ionic conductivity");
            points = new double[][] { { 1 / org.interphase.solver.api.Physics.ROOM_TEMPERATURE }, { Math.log(constant) } };
        }
        double melting = meltingPoint(polymer, eoLiRatio);
        double factor = polymer.optional("crystalline conductivity factor").orElse(1.0);
        double range = polymer.optional("melting width").orElse(MELTING_RANGE);
        if (!(range > 0)) {
            throw new CellModelException("material " + polymer.name() + ": its melting range must be positive");
        }
        return new ConductivityLaw(vft, eoLiRatio, points, melting, factor, range, 1);
    }

    /** The same law with the VFT value multiplied by a composition factor ({@link CompositionLaw}). */
    ConductivityLaw withCompositionFactor(double factor) {
        return new ConductivityLaw(vft, ratio, points, meltingPoint, crystallineFactor, meltingRange, factor);
    }

    /**
     * The melting point at an EO:Li ratio: from the per-ratio entries, linear in the ratio between
     * the two around it and held at the nearest beyond them; the plain value without entries or
     * without a ratio (0 K when neither is given: the polymer does not crystallise).
     */
    static double meltingPoint(MaterialData polymer, double eoLiRatio) {
        double[][] perRatio = polymer.curve("melting point");
        int n = perRatio[0].length;
        if (n == 0 || Double.isNaN(eoLiRatio)) {
            return polymer.optional("melting point").orElse(n == 0 ? 0.0 : perRatio[1][n - 1]);
        }
        if (eoLiRatio <= perRatio[0][0]) {
            return perRatio[1][0];
        }
        for (int i = 1; i < n; i++) {
            if (eoLiRatio <= perRatio[0][i]) {
                double f = (eoLiRatio - perRatio[0][i - 1]) / (perRatio[0][i] - perRatio[0][i - 1]);
                return (1 - f) * perRatio[1][i - 1] + f * perRatio[1][i];
            }
        }
        return perRatio[1][n - 1];
    }

    /** The melting point this law blends the crystalline drop under, K. */
    double meltingPoint() {
        return meltingPoint;
    }

    /** The conductivity with the crystallinity in equilibrium (crystallised as far as it goes), S/m. */
    double at(double temperatureK) {
        return at(temperatureK, 0, 1);
    }

    /**
     * The conductivity at a relative crystallinity (0 amorphous, 1 in equilibrium) when a fraction of the
     * polymer stays amorphous below its melting point (the shells fillers keep from crystallising):
     * Bruggeman's symmetric medium of amorphous polymer in that fraction and crystalline polymer in the rest.
     */
    double at(double temperatureK, double amorphousFraction, double crystallised) {
        double known = Answer.find(answers, temperatureK, amorphousFraction, crystallised);
        if (!Double.isNaN(known)) {
            return known;
        }
        double value = compute(temperatureK, amorphousFraction, crystallised);
        int i = nextAnswer;
        answers[i] = new Answer(temperatureK, amorphousFraction, crystallised, value);
        nextAnswer = (i + 1) % answers.length;
        return value;
    }

    private double compute(double temperatureK, double amorphousFraction, double crystallised) {
        double crystallinity = crystallinity(temperatureK, crystallised);
        double cold = at0(temperatureK) * crystallinity;
        if (amorphousFraction <= 0 || crystallinity == 1) {
            return cold;
        }
        return Composite.bruggeman(cold, cold / crystallinity, Math.min(1, amorphousFraction));
    }

    /** The conductivity of the melt (or of the measured points), without the crystalline drop, S/m. */
    private double at0(double temperatureK) {
        double known = Answer.find(melts, temperatureK, 0, 0);
        if (!Double.isNaN(known)) {
            return known;
        }
        double value = melt(temperatureK);
        int i = nextMelt;
        melts[i] = new Answer(temperatureK, 0, 0, value);
        nextMelt = (i + 1) % melts.length;
        return value;
    }

    private double melt(double temperatureK) {
        double amorphous;
        if (vft != null) {
            amorphous = vftBetweenFits(temperatureK) * compositionFactor;
        } else if (points[0].length == 1) {
            return Math.exp(points[1][0]); // one measured value: no temperature law to apply
        } else {
            amorphous = Math.exp(interpolateExtrapolating(points, 1 / temperatureK));
        }
        return amorphous;
    }

    private double vftBetweenFits(double temperatureK) {
        int n = vft.length;
        if (n == 1 || Double.isNaN(ratio) || ratio <= vft[0][0]) {
            return vft(vft[0], temperatureK);
        }
        for (int i = 1; i < n; i++) {
            if (ratio <= vft[i][0]) {
                double f = (ratio - vft[i - 1][0]) / (vft[i][0] - vft[i - 1][0]);
                return Math.exp((1 - f) * Math.log(vft(vft[i - 1], temperatureK)) + f * Math.log(vft(vft[i], temperatureK)));
            }
        }
        return vft(vft[n - 1], temperatureK);
    }

    private static double vft(double[] fit, double temperatureK) {
        if (temperatureK <= fit[3]) {
            throw new CellModelException(String.format("%.0f K is at or below the polymer's VFT reference"
                    + " temperature %.0f K: it does not conduct", temperatureK, fit[3]));
        }
        return fit[1] * Math.exp(-fit[2] / (temperatureK - fit[3]));
    }

    /**
     * The factor crystallinity puts on the conductivity: 1 above melting; below it, in equilibrium, the
     * crystalline factor at the foot of the melting range and log-linear in between; a film crystallised to a
     * relative crystallinity X of that equilibrium takes the factor to the power X.
     */
    double crystallinity(double temperatureK, double crystallised) {
        if (vft == null || temperatureK >= meltingPoint || crystallised <= 0) {
            return 1; // measured points already contain the crystalline drop
        }
        return Math.exp(Math.log(crystallineFactor) * depth(temperatureK) * Math.min(1, crystallised));
    }

    /**
     * The share of the equilibrium crystallinity a fully crystallised film has at a temperature: 0 at and
     * above the melting point, 1 from the foot of the melting range under it, linear in between (lever rule
     * over the melting range).
     */
    double depth(double temperatureK) {
        return temperatureK >= meltingPoint ? 0 : Math.min(1, (meltingPoint - temperatureK) / meltingRange);
    }

    private static double interpolateExtrapolating(double[][] xy, double x) {
        int n = xy[0].length;
        int i = 1;
        while (i < n - 1 && x > xy[0][i]) {
            i++;
        }
        double slope = (xy[1][i] - xy[1][i - 1]) / (xy[0][i] - xy[0][i - 1]);
        return xy[1][i - 1] + slope * (x - xy[0][i - 1]);
    }
}
