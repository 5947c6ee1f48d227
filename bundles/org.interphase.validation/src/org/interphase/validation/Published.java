package org.interphase.validation;

import java.util.Locale;

/**
 * A published value: a number with a tolerance, a lower bound ({@code >= 2500}: "ran 2500 h without a
 * short"), or a range ({@code 20 .. 50}).
 */
public sealed interface Published {

    /** Whether a computed value agrees with the published one. */
    boolean accepts(double computed);

    /** The value a parity plot puts on its published axis, or NaN for a bound. */
    double central();

    /** A number with its tolerance. */
    record Value(double value, Tolerance tolerance) implements Published {
        @Override
        public boolean accepts(double computed) {
            return tolerance.accepts(value, computed);
        }

        @Override
        public double central() {
            return value;
        }

        @Override
        public String toString() {
            return Format.number(value) + " " + tolerance;
        }
    }

    /** At least this much (a cell that was still running when the paper stopped it). */
    record AtLeast(double bound) implements Published {
        @Override
        public boolean accepts(double computed) {
            return computed >= bound;
        }

        @Override
        public double central() {
            return Double.NaN;
        }

        @Override
        public String toString() {
            return ">= " + Format.number(bound);
        }
    }

    /** Between two values, ends included. */
    record Range(double low, double high) implements Published {
        @Override
        public boolean accepts(double computed) {
            return computed >= low && computed <= high;
        }

        @Override
        public double central() {
            return 0.5 * (low + high);
        }

        @Override
        public String toString() {
            return Format.number(low) + " .. " + Format.number(high);
        }
    }

    /** How far a computed value may be from a published number. */
    record Tolerance(Type type, double amount) {
        public enum Type {
            /** plus or minus, in the unit of the kind */
            ABSOLUTE,
            /** plus or minus, in per cent of the published value */
            RELATIVE,
            /** within a factor, either way */
            FACTOR
        }

        public boolean accepts(double published, double computed) {
            if (!Double.isFinite(computed)) {
                return false;
            }
            return switch (type) {
                case ABSOLUTE -> Math.abs(computed - published) <= amount * (1 + 1e-12);
                case RELATIVE -> Math.abs(computed - published) <= amount / 100 * Math.abs(published) * (1 + 1e-12);
                case FACTOR -> computed > 0 && published > 0
                        && Math.max(computed / published, published / computed) <= amount * (1 + 1e-12);
            };
        }

        @Override
        public String toString() {
            return switch (type) {
                case ABSOLUTE -> "± " + Format.number(amount);
                case RELATIVE -> "± " + Format.number(amount) + " %";
                case FACTOR -> "×/÷ " + Format.number(amount);
            };
        }
    }

    /** Numbers as the report writes them. */
    final class Format {
        private Format() {
        }

        public static String number(double v) {
            if (!Double.isFinite(v)) {
                return "-";
            }
            double a = Math.abs(v);
            if (a != 0 && (a < 1e-2 || a >= 1e5)) {
                // 1.90e-4, not 0.000190
                String s = String.format(Locale.ROOT, "%.2e", v);
                return s.replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
            }
            String s = String.format(Locale.ROOT, "%.4g", v);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
    }
}
