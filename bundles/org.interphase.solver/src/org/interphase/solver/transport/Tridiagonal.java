package org.interphase.solver.transport;

/**
 * A tridiagonal linear system solved by the Thomas algorithm (no pivoting: {@link SaltTransport}'s matrix is
 * diagonally dominant). The elimination of the last {@link #eliminate} stays (its pivots and upper factor), so
 * that {@link #substitute} solves the same matrix for another right-hand side without eliminating again.
 * Allocates nothing after construction.
 */
final class Tridiagonal {

    /** The matrix: sub-diagonal (lower[0] unused), diagonal and super-diagonal (upper[n - 1] unused). */
    final double[] lower, diagonal, upper;
    /** The last elimination: pivots, upper factor, and the forward sweep's work array. */
    private final double[] pivot, cp, dp;

    Tridiagonal(int n) {
        lower = new double[n];
        diagonal = new double[n];
        upper = new double[n];
        pivot = new double[n];
        cp = new double[n];
        dp = new double[n];
    }

    /**
     * Solves for two right-hand sides, eliminating once: the solution for {@code rhs} goes into {@code x}, and
     * {@code second} is overwritten with its own. Each solution takes the very operations of a solve on its own.
     */
    void eliminate(double[] rhs, double[] x, double[] second) {
        int n = rhs.length;
        double[] dq = second;
        pivot[0] = diagonal[0];
        cp[0] = upper[0] / diagonal[0];
        dp[0] = rhs[0] / diagonal[0];
        dq[0] = second[0] / diagonal[0];
        for (int i = 1; i < n; i++) {
            double m = diagonal[i] - lower[i] * cp[i - 1];
            pivot[i] = m;
            cp[i] = upper[i] / m;
            dp[i] = (rhs[i] - lower[i] * dp[i - 1]) / m;
            dq[i] = (second[i] - lower[i] * dq[i - 1]) / m;
        }
        x[n - 1] = dp[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            x[i] = dp[i] - cp[i] * x[i + 1];
            dq[i] = dq[i] - cp[i] * dq[i + 1];
        }
    }

    /** The solution for {@code rhs} into x with the last {@link #eliminate}'s elimination (its very operations). */
    void substitute(double[] rhs, double[] x) {
        int n = rhs.length;
        dp[0] = rhs[0] / pivot[0];
        for (int i = 1; i < n; i++) {
            dp[i] = (rhs[i] - lower[i] * dp[i - 1]) / pivot[i];
        }
        x[n - 1] = dp[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            x[i] = dp[i] - cp[i] * x[i + 1];
        }
    }
}
