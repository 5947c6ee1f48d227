package org.interphase.validation;

import java.util.List;
import java.util.Locale;

/**
 * Passed cases over all cases, for the whole set and split into calibration and validation-only. A superseded
 * stand-in (a case that another case of the same published number replaces) is not counted; {@code superseded}
 * says how many were left out.
 */
public record Score(int passed, int total, int calibrationPassed, int calibrationTotal, int validationPassed,
        int validationTotal, int superseded) {

    public Score(int passed, int total, int calibrationPassed, int calibrationTotal, int validationPassed,
            int validationTotal) {
        this(passed, total, calibrationPassed, calibrationTotal, validationPassed, validationTotal, 0);
    }

    public static Score of(List<Verdict> verdicts) {
        int p = 0, n = 0, cp = 0, ct = 0, vp = 0, vt = 0, sup = 0;
        for (Verdict v : verdicts) {
            if (v.vcase().superseded()) {
                sup++;
                continue;
            }
            n++;
            if (v.pass()) {
                p++;
            }
            if (v.vcase().calibration()) {
                ct++;
                cp += v.pass() ? 1 : 0;
            } else {
                vt++;
                vp += v.pass() ? 1 : 0;
            }
        }
        return new Score(p, n, cp, ct, vp, vt, sup);
    }

    /** "12/21 (57 %)". */
    public static String fraction(int passed, int total) {
        return passed + "/" + total + (total == 0 ? "" : String.format(Locale.ROOT, " (%.0f %%)", 100.0 * passed / total));
    }

    @Override
    public String toString() {
        return "all " + fraction(passed, total) + ", calibration " + fraction(calibrationPassed, calibrationTotal)
                + ", validation-only " + fraction(validationPassed, validationTotal)
                + (superseded == 0 ? "" : " (" + superseded + " superseded stand-in" + (superseded == 1 ? "" : "s")
                        + " run but not counted)");
    }
}
