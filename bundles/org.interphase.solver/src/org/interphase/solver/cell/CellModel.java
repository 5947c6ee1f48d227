package org.interphase.solver.cell;

import org.interphase.solver.api.Physics;
import org.interphase.model.Cell;

/**
 * The equivalent-circuit / single-particle cell of the domain brief:
 * V = U(x_surface) + i (R_spe + R_films) + eta_ct,cathode + eta_ct,Li + eta_conc,
 * with eta_ct = (2RT/F) asinh(i / 2 i0) at each electrode (symmetric Butler-Volmer) and the
 * concentration polarisation of the polymer. Current densities are per geometric area, A/m2,
 * positive on charge. This is the fresh cell; {@link org.interphase.solver.run.Simulation} adds what
 * the degradation mechanisms grow (films, lost contact and active material).
 */
public final class CellModel {

    private final Cathode cathode;
    private final LithiumAnode anode;
    private final PolymerElectrolyte electrolyte;
    private double temperature;

    public CellModel(Cathode cathode, LithiumAnode anode, PolymerElectrolyte electrolyte, double temperatureK) {
        this.cathode = cathode;
        this.anode = anode;
        this.electrolyte = electrolyte;
        setTemperature(temperatureK);
    }

    /** The model of a Li-metal cell with a composite cathode, at a temperature in K. */
    public static CellModel of(Cell cell, double temperatureK) {
        if (cell.getCathode() == null || cell.getAnode() == null || cell.getElectrolyte() == null) {
            throw new CellModelException("cell " + cell.getName() + " needs a cathode, an electrolyte and an anode");
        }
        return new CellModel(Cathode.of(cell.getCathode()), LithiumAnode.of(cell.getAnode()),
                PolymerElectrolyte.of(cell.getElectrolyte()), temperatureK);
    }

    public Cathode cathode() {
        return cathode;
    }

    /** The lithium anode's exchange current density at a temperature, A/m2. */
    public double anodeExchangeCurrent(double temperatureK) {
        return anode.exchangeCurrent(temperatureK);
    }

    /** The lithium the anode held as built, C/m2 (+infinity when the cell gives no thickness). */
    public double anodeLithium() {
        return anode.lithium();
    }

    /** Resistance of an interlayer on the lithium anode, ohm m2 (0 without one). */
    public double anodeInterlayerResistance() {
        return anode.interlayerResistance();
    }

    public PolymerElectrolyte electrolyte() {
        return electrolyte;
    }

    public double temperature() {
        return temperature;
    }

    public void setTemperature(double temperatureK) {
        if (!(temperatureK > 0)) {
            throw new CellModelException("temperature must be above absolute zero");
        }
        this.temperature = temperatureK;
    }

    /** Ohmic series resistance of the fresh cell (the electrolyte bulk), ohm m2; films come from mechanisms. */
    public double seriesResistance() {
        return electrolyte.resistance(temperature) + anode.interlayerResistance();
    }

    /**
     * The voltage and its parts at a mean delithiation x and a current density i (A/m2, + on charge),
     * the moment the current starts (salt still uniform: no concentration overpotential yet).
     */
    public Polarisation polarisation(double delithiation, double currentDensity) {
        return polarisation(delithiation, currentDensity, 0);
    }

    /**
     * The same with the concentration overpotential of the salt profile at that moment
     * ({@link org.interphase.solver.transport.SaltTransport#overpotential}), V.
     */
    public Polarisation polarisation(double delithiation, double currentDensity, double concentrationOverpotential) {
        double twoRtF = 2 * Physics.thermalVoltage(temperature);
        double surface = delithiation + cathode.surfaceShift(currentDensity);
        return new Polarisation(cathode.ocv().at(surface), currentDensity * seriesResistance(),
                twoRtF * asinh(currentDensity / (2 * cathode.exchangeCurrent(temperature))),
                twoRtF * asinh(currentDensity / (2 * anode.exchangeCurrent(temperature))),
                concentrationOverpotential);
    }

    public double voltage(double delithiation, double currentDensity) {
        return polarisation(delithiation, currentDensity).voltage();
    }

    private static double asinh(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }
}
