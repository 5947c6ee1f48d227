package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.api.Physics;
import org.interphase.solver.transport.SaltProperties;
import org.interphase.solver.transport.SaltTransport;
import org.junit.jupiter.api.Test;

/**
 * The finite-volume salt transport against closed forms of the diffusion equation with constant
 * properties: the transient of a slab with equal and opposite flux at its walls (Fourier series),
 * the steady linear profile and its concentration overpotential, and Sand's time at a wall.
 */
class SaltTransportTest {

    private static final double T = 333.15;
    private static final double D = 1e-11;
    private static final double T_PLUS = 0.25;
    private static final double C0 = 1000;
    private static final double L = 50e-6;
    private static final double TAU = L * L / D;
    /** J* = 2 c0 F D / ((1 - t+) L) (domain brief). */
    private static final double J_STAR = 2 * C0 * Physics.F * D / ((1 - T_PLUS) * L);

    private static SaltTransport slab() {
        return new SaltTransport(L, C0, SaltProperties.of(t -> D, T_PLUS, 1));
    }

    /**
     * Wall concentration of a slab 0 < x < L with D dc/dx = g at both walls and c = c0 at t = 0
     * (Carslaw & Jaeger, Conduction of Heat in Solids, 2nd ed., sec. 3.4, by superposition):
     * c(0, t) = c0 - g L / 2 + sum over odd n of (4 g L / (n pi)^2) exp(-(n pi)^2 D t / L^2).
     */
    private static double fourierWall(double g, double t) {
        double c = C0 - g * L / 2;
        for (int n = 1; n < 2001; n += 2) {
            c += 4 * g * L / (n * n * Math.PI * Math.PI) * Math.exp(-n * n * Math.PI * Math.PI * D * t / (L * L));
        }
        return c;
    }

    @Test
    void transientFollowsTheFourierSeries() {
        double j = 0.5 * J_STAR;
        double g = (1 - T_PLUS) * j / (Physics.F * D);
        SaltTransport salt = slab();
        double done = 0;
        for (double t : new double[] { 0.005 * TAU, 0.02 * TAU, 0.05 * TAU, 0.1 * TAU, 0.3 * TAU }) {
            salt.advance(t - done, j, T);
            done = t;
            double expected = fourierWall(g, t);
            // within 1 % of the steady depletion g L / 2
            assertEquals(expected, salt.left(T), 0.01 * g * L / 2, "x = 0 at t = " + t / TAU + " L^2/D");
            assertEquals(2 * C0 - expected, salt.right(T), 0.01 * g * L / 2, "x = L at t = " + t / TAU + " L^2/D");
        }
    }

    /**
     * A rest after a current: by superposition, the relaxation is the Fourier series of the current minus that of
     * the same current switched on at the rest's start (Carslaw & Jaeger, sec. 3.4), within 1 % of the steady
     * depletion g L / 2; the sub-steps restart at the change of current and grow under their error control.
     */
    @Test
    void restFollowsTheFourierSeries() {
        double j = 0.5 * J_STAR;
        double g = (1 - T_PLUS) * j / (Physics.F * D);
        SaltTransport salt = slab();
        double on = 0.3 * TAU;
        salt.advance(on, j, T);
        double done = on;
        for (double t : new double[] { on + 0.001 * TAU, on + 0.01 * TAU, on + 0.05 * TAU, on + 0.2 * TAU, on + 2 * TAU }) {
            salt.advance(t - done, 0, T);
            done = t;
            double expected = fourierWall(g, t) - (fourierWall(g, t - on) - C0);
            assertEquals(expected, salt.left(T), 0.01 * g * L / 2, "x = 0 at " + (t - on) / TAU + " L^2/D into the rest");
        }
    }

    /**
     * At steady state the profile is linear, c(0) = c0 (1 - J/J*), and the overpotential is the domain
     * brief's (2RT/F)(1 - t+) ln((1 + J/J*)/(1 - J/J*)).
     */
    @Test
    void steadyStateBelowTheLimitingCurrent() {
        double r = 0.9;
        SaltTransport salt = slab();
        salt.advance(3 * TAU, r * J_STAR, T);
        assertFalse(salt.depletedLeft());
        assertEquals(C0 * (1 - r), salt.left(T), 0.005 * C0);
        assertEquals(C0 * (1 + r), salt.right(T), 0.005 * C0);
        double expected = 2 * Physics.R * T / Physics.F * (1 - T_PLUS) * Math.log((1 + r) / (1 - r));
        assertEquals(expected, salt.overpotential(T), 0.01 * expected);
        // the opposite current mirrors it
        salt.advance(6 * TAU, -r * J_STAR, T);
        assertEquals(-expected, salt.overpotential(T), 0.01 * expected);
    }

    /**
     * Sand's time t_S = pi D (c0 F)^2 / (4 (J (1 - t+))^2) (domain brief; Sand 1901) on the default grid (50 cells,
     * graded) within 1 % from 2 to 50 J*, the bound its grid convergence study chose the cell count by
     * (docs/engine.md, 'Salt grid and sub-steps'; the issue asks for 5 %).
     */
    @Test
    void sandsTime() {
        for (double ratio : new double[] { 2, 4, 10, 25, 50 }) {
            double j = ratio * J_STAR;
            double sand = Math.PI * D * Math.pow(C0 * Physics.F, 2) / (4 * Math.pow(j * (1 - T_PLUS), 2));
            SaltTransport salt = slab();
            double t = timeToDepletion(salt, j, sand / 1000, 3 * sand);
            assertTrue(salt.depletedLeft(), "the salt runs out above J*");
            assertEquals(sand, t, 0.01 * sand, "Sand's time at " + ratio + " J*");
        }
    }

    /**
     * Salt reduced at the lithium leaves the film (docs/engine.md, 'The salt the lithium reduces'): the amount removed
     * leaves the inventory exactly, and the film then behaves as one made at the salt left: Sand's time at 4 J* of the
     * full film is Sand's formula at c0/2, t_S = pi D (c F)^2 / (4 (J (1 - t+))^2) with c = c0/2, a quarter of the full
     * film's (Sand 1901), within 5 %. A removal that left the profile or the walls at c0 would keep the full film's time.
     */
    @Test
    void sandsTimeFollowsTheSaltLeft() {
        SaltTransport salt = slab();
        double before = salt.inventory();
        salt.remove(0.5 * before);
        assertEquals(0.5 * before, salt.inventory(), 1e-9 * before);
        assertEquals(0.5, salt.saltLeft(), 1e-9);
        double j = 4 * J_STAR;
        double c = C0 / 2;
        double sand = Math.PI * D * Math.pow(c * Physics.F, 2) / (4 * Math.pow(j * (1 - T_PLUS), 2));
        double t = timeToDepletion(salt, j, sand / 1000, 8 * sand);
        assertTrue(salt.depletedLeft(), "the salt left runs out above its limiting current");
        assertEquals(sand, t, 0.05 * sand, "Sand's time of the film at half its salt");
    }

    /** Advances at a current in steps of dt until the wall at x = 0 runs dry or the time limit: the time it took. */
    private static double timeToDepletion(SaltTransport salt, double j, double dt, double limit) {
        double t = 0;
        while (!salt.depletedLeft() && t < limit) {
            salt.advance(dt, j, T);
            t += dt;
        }
        return t;
    }

    /** The walls exchange only Li+ at equal rates, so the salt in the film is conserved. */
    @Test
    void saltIsConserved() {
        SaltTransport salt = slab();
        double before = salt.inventory();
        salt.advance(0.5 * TAU, 0.8 * J_STAR, T);
        salt.advance(0.1 * TAU, -0.3 * J_STAR, T);
        salt.advance(0.4 * TAU, 0, T);
        assertEquals(before, salt.inventory(), 1e-9 * before);
        assertEquals(C0 * L, before, 1e-9 * C0 * L);
    }

    /** A concentration-dependent transference number: the salt stays conserved and the profile monotone. */
    @Test
    void concentrationDependentProperties() {
        SaltProperties varying = new SaltProperties() {
            @Override
            public double diffusivity(double c, double temperatureK) {
                return D * (0.5 + c / C0 / 2);
            }

            @Override
            public double transferenceNumber(double c, double temperatureK) {
                return 0.1 + 0.2 * c / C0;
            }

            @Override
            public double thermodynamicFactor(double c, double temperatureK) {
                return 1 + c / C0;
            }
        };
        SaltTransport salt = new SaltTransport(L, C0, varying);
        double before = salt.inventory();
        salt.advance(2 * TAU, 0.5 * J_STAR, T);
        assertEquals(before, salt.inventory(), 1e-9 * before);
        double[] c = salt.profile();
        for (int i = 1; i < c.length; i++) {
            assertTrue(c[i] > c[i - 1], "the salt rises from the plating wall");
        }
        assertTrue(salt.overpotential(T) > 0);
    }
}
