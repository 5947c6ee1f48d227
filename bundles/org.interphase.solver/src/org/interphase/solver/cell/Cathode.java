package org.interphase.solver.cell;

import org.interphase.solver.api.Physics;
import org.interphase.model.Electrode;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;

/**
 * The composite cathode as a single particle: capacity from the loading, the OCV curve of its
 * active material, Butler-Volmer charge transfer, and the lag of the particle surface behind the
 * mean lithiation during current (quasi-steady parabolic profile: x_surface - x_mean =
 * (R^2 / 15 D) dx/dt).
 */
public final class Cathode implements org.interphase.solver.api.CathodeView {

    /** Temperature at which the library's exchange current densities are given (60 °C). */
    static final double I0_REFERENCE_K = 333.15;

    /** Activation energy of interfacial charge transfer, eV (domain brief: 0.5-0.9 eV [est]). */
    static final double CHARGE_TRANSFER_EA = 0.6;

    /**
     * BET surface of the conductive carbon black, m2/kg: Super P / C65, the usual additive of composite
     * cathodes, 62 m2/g (Imerys/Timcal data sheet; domain brief's estimate of the carbon's real surface).
     */
    public static final double CARBON_BLACK_BET = 62e3;

    private final String material;
    private final double theoreticalCapacity;
    private final double nominalCapacity;
    private final OcvCurve ocv;
    private final double exchangeCurrent;
    private final double diffusionTime;
    private final double activeMass;
    private final double specificSurface;
    private final double carbonMass;

    private Cathode(String material, double theoreticalCapacity, double nominalCapacity, OcvCurve ocv,
            double exchangeCurrent, double diffusionTime, double activeMass, double specificSurface, double carbonMass) {
        this.material = material;
        this.theoreticalCapacity = theoreticalCapacity;
        this.nominalCapacity = nominalCapacity;
        this.ocv = ocv;
        this.exchangeCurrent = exchangeCurrent;
        this.diffusionTime = diffusionTime;
        this.activeMass = activeMass;
        this.specificSurface = specificSurface;
        this.carbonMass = carbonMass;
    }

    /**
     * The cathode of a cell. The loading is either an areal capacity, which counts at the material's
     * first listed practical capacity (LCO: 140 mAh/g to 4.2 V), or an areal mass of active material.
     */
    public static Cathode of(Electrode electrode) {
        MaterialData m = new MaterialData(electrode.getMaterial());
        if (electrode.getLoading() == null) {
            throw new CellModelException("the cathode " + m.name() + " has no loading");
        }
        double specificTheoretical = m.require("theoretical capacity");
        double[][] practical = m.curve("specific capacity");
        double specificNominal = practical[0].length > 0 ? practical[1][0] : m.require("specific capacity");
        Dimension d = Units.dimensionOf(electrode.getLoading().getUnit()).orElseThrow();
        double loading = electrode.getLoading().getSi();
        double activeMass = d.equals(Dimension.named("areal_mass").orElseThrow()) ? loading
                : loading / specificNominal;
        double[][] curve = m.curve("open circuit voltage");
        double radius = m.require("particle radius");
        // 'carbon X wt%' is of the composite; the rest is counted as active material (binder unknown)
        double carbon = electrode.getCarbon() == null ? 0 : electrode.getCarbon().getSi();
        if (!(carbon >= 0 && carbon < 1)) {
            throw new CellModelException("the cathode's carbon fraction must be below 100 %");
        }
        return new Cathode(m.name(), activeMass * specificTheoretical, activeMass * specificNominal,
                new OcvCurve(curve[0], curve[1]), m.require("exchange current density"),
                radius * radius / m.require("solid diffusivity"), activeMass, 3 / (m.require("density") * radius),
                activeMass * carbon / (1 - carbon));
    }

    public String material() {
        return material;
    }

    /** Charge if all lithium were extracted, C/m2. */
    public double theoreticalCapacity() {
        return theoreticalCapacity;
    }

    /** Mass of active material per geometric area, kg/m2. */
    public double activeMass() {
        return activeMass;
    }

    /**
     * Surface of the active particles per geometric area of electrode (spheres: 3 m / (rho r)),
     * m2/m2: where surface reactions and films actually sit.
     */
    public double surfaceArea() {
        return activeMass * specificSurface;
    }

    /** Mass of carbon black per geometric area, kg/m2 (0 without carbon). */
    public double carbonMass() {
        return carbonMass;
    }

    /** Real surface of the carbon black per geometric area (mass x BET), m2/m2. */
    public double carbonSurfaceArea() {
        return carbonMass * CARBON_BLACK_BET;
    }

    /** The capacity the loading names (1 C is this per hour), C/m2. */
    public double nominalCapacity() {
        return nominalCapacity;
    }

    public OcvCurve ocv() {
        return ocv;
    }

    /** Exchange current density at a temperature, A/m2 (Arrhenius from its 60 °C value). */
    public double exchangeCurrent(double temperatureK) {
        return exchangeCurrent * Physics.arrhenius(CHARGE_TRANSFER_EA, temperatureK, I0_REFERENCE_K);
    }

    /** Surface delithiation minus mean delithiation at a current density (positive on charge). */
    public double surfaceShift(double currentDensity) {
        return currentDensity / theoreticalCapacity * diffusionTime / 15;
    }
}
