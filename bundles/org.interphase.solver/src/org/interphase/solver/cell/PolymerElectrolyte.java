package org.interphase.solver.cell;

import org.interphase.solver.api.Physics;
import org.interphase.model.Electrolyte;
import org.interphase.model.Ratio;
import org.interphase.model.Salt;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;

/**
 * Transport in the solid polymer electrolyte: conductivity from the polymer's temperature law,
 * salt concentration from the EO:Li ratio, salt diffusivity and transference number, and from
 * them the ohmic resistance and the limiting current of the film. Ceramic fillers and a scaffold
 * change the conductivity through {@link Composite}; below the melting point fillers also keep a
 * shell of polymer around each particle amorphous (the polymer's "filler amorphous shell"), which
 * lifts the conductivity of semicrystalline hosts (Croce et al., Nature 394 (1998) 456). An electrolyte
 * polymerised in situ is a cross-linked network that does not crystallise at all.
 */
public final class PolymerElectrolyte implements org.interphase.solver.api.ElectrolyteView {

    /** Molar mass of the ethylene-oxide repeat unit C2H4O, kg/mol (IUPAC atomic weights). */
    static final double EO_MOLAR_MASS = 0.044053;

    /** The library's salt diffusivity is the PEO value of the domain brief, given at 90 °C. */
    static final double DIFFUSIVITY_REFERENCE_K = 363.15;

    private final ConductivityLaw conductivity;
    private final Composite composite;
    /** Share of the polymer the fillers keep amorphous below its melting point. */
    private final double amorphousFraction;
    private final double thickness;
    private final double saltConcentration;
    private final double transferenceNumber;
    private final double saltDiffusivity;

    private PolymerElectrolyte(ConductivityLaw conductivity, Composite composite, double amorphousFraction,
            double thickness, double saltConcentration, double transferenceNumber, double saltDiffusivity) {
        this.conductivity = conductivity;
        this.composite = composite;
        this.amorphousFraction = amorphousFraction;
        this.thickness = thickness;
        this.saltConcentration = saltConcentration;
        this.transferenceNumber = transferenceNumber;
        this.saltDiffusivity = saltDiffusivity;
    }

    public static PolymerElectrolyte of(Electrolyte electrolyte) {
        if (electrolyte.getPolymer() == null) {
            throw new CellModelException("the electrolyte has no polymer");
        }
        if (electrolyte.getThickness() == null) {
            throw new CellModelException("the electrolyte has no thickness");
        }
        MaterialData polymer = new MaterialData(electrolyte.getPolymer().getMaterial());
        double ratio = eoLiRatio(electrolyte);
        ConductivityLaw law = ConductivityLaw.of(polymer, ratio);
        double density = polymer.require("density");
        double c0 = saltConcentration(electrolyte, density);
        Composite composite = Composite.of(electrolyte, density);
        // a network polymerised in place is cross-linked and does not crystallise
        double amorphous = electrolyte.getProcess() == org.interphase.model.ProcessKind.IN_SITU ? 1
                : composite.shellFraction(polymer.optional("filler amorphous shell").orElse(0.0));
        return new PolymerElectrolyte(law, composite, amorphous, electrolyte.getThickness().getSi(), c0,
                polymer.require("transference number"), polymer.require("salt diffusivity"));
    }

    /** EO:Li of the first salt given as a ratio, NaN when none is. */
    private static double eoLiRatio(Electrolyte electrolyte) {
        for (Salt salt : electrolyte.getSalts()) {
            Ratio r = salt.getRatio();
            if (r != null && "EO".equals(r.getSpecies())) {
                return r.getValue();
            }
        }
        return Double.NaN;
    }

    /**
     * Salt concentration in mol/m3. Salts given as EO:Li count the volume of everything that comes with
     * one mole of salt: the polymer's EO units (ratio x 44.053 g/mol over its density), the salt itself
     * (molar mass over density) and each solvent given per Li (DME:Li n: n molar masses over the
     * solvent's density), ideal mixing: c0 = 1 / V. A salt given as a concentration is taken as given
     * (molality: mol per kg of polymer, times the polymer density).
     */
    static double saltConcentration(Electrolyte electrolyte, double polymerDensity) {
        double total = 0;
        double solventVolumePerLi = 0;
        for (org.interphase.model.Solvent solvent : electrolyte.getSolvents()) {
            Ratio r = solvent.getRatio();
            if (r != null && r.getReference() != null && !"Li".equals(r.getReference())) {
                throw new CellModelException("a solvent ratio " + r.getSpecies() + ":" + r.getReference()
                        + " cannot be turned into a volume; give it per Li (" + r.getSpecies() + ":Li)");
            }
            if (r != null) {
                MaterialData m = new MaterialData(solvent.getMaterial());
                solventVolumePerLi += r.getValue() * m.require("molar mass") / m.require("density");
            }
        }
        for (Salt salt : electrolyte.getSalts()) {
            if (salt.getRatio() != null) {
                if (!"EO".equals(salt.getRatio().getSpecies())) {
                    throw new CellModelException("a salt ratio " + salt.getRatio().getSpecies()
                            + ":Li cannot be turned into a concentration; give EO:Li or 'concentration'");
                }
                MaterialData m = new MaterialData(salt.getMaterial());
                double volume = salt.getRatio().getValue() * EO_MOLAR_MASS / polymerDensity
                        + m.require("molar mass") / m.require("density") + solventVolumePerLi;
                total += 1 / volume;
            } else if (salt.getConcentration() != null) {
                Dimension d = Units.dimensionOf(salt.getConcentration().getUnit()).orElseThrow();
                double si = salt.getConcentration().getSi();
                // molality (mol per kg of polymer) times the polymer density; molarity is already mol/m3
                total += d.equals(Dimension.named("molality").orElseThrow()) ? si * polymerDensity : si;
            }
        }
        if (!(total > 0)) {
            throw new CellModelException("the electrolyte has no salt amount (ratio EO:Li or concentration)");
        }
        return total;
    }

    /** Ionic conductivity in S/m at a temperature in K (the composite's, with fillers or a scaffold). */
    public double conductivity(double temperatureK) {
        return conductivity(temperatureK, 0);
    }

    /**
     * The composite's conductivity when the filler/polymer interfaces carry an extra resistance
     * (ohm m2, grown by mechanisms) on top of their own.
     */
    public double conductivity(double temperatureK, double extraFillerResistance) {
        return composite.conductivity(conductivity.at(temperatureK, amorphousFraction), temperatureK, extraFillerResistance);
    }

    /** The polymer's own conductivity, without fillers or scaffold, S/m. */
    public double polymerConductivity(double temperatureK) {
        return conductivity.at(temperatureK);
    }

    /** Area-specific bulk resistance L/sigma, ohm m2. */
    public double resistance(double temperatureK) {
        return thickness / conductivity(temperatureK);
    }

    /** Bulk resistance when the filler interfaces carry an extra resistance (ohm m2). */
    public double resistance(double temperatureK, double extraFillerResistance) {
        return thickness / conductivity(temperatureK, extraFillerResistance);
    }

    /**
     * Salt diffusivity in m2/s, scaled from its 90 °C value with the conductivity: both follow the
     * segmental motion of the polymer.
     */
    public double saltDiffusivity(double temperatureK) {
        return saltDiffusivity * conductivity(temperatureK) / conductivity(DIFFUSIVITY_REFERENCE_K);
    }

    /** Limiting current density J* = 2 c0 F D / ((1 - t+) L), A/m2. */
    public double limitingCurrent(double temperatureK) {
        return 2 * saltConcentration * Physics.F * saltDiffusivity(temperatureK)
                / ((1 - transferenceNumber) * thickness);
    }

    /**
     * Concentration overpotential (2RT/F)(1 - t+) ln((1 + J/J*)/(1 - J/J*)), odd in J. At the limiting
     * current it diverges; it is capped just below so that a cut-off voltage, not a NaN, ends the step.
     */
    public double concentrationOverpotential(double currentDensity, double temperatureK) {
        double ratio = Math.max(-0.999999, Math.min(0.999999, currentDensity / limitingCurrent(temperatureK)));
        return 2 * Physics.thermalVoltage(temperatureK) * (1 - transferenceNumber)
                * Math.log((1 + ratio) / (1 - ratio));
    }

    /** Volume fraction of ceramic fillers (0 without). */
    public double fillerVolumeFraction() {
        return composite.fillerVolumeFraction();
    }

    /** Tortuosity of a scaffold's pores (1 without a scaffold). */
    public double scaffoldTortuosity() {
        return composite.scaffoldTortuosity();
    }

    public double thickness() {
        return thickness;
    }

    public double saltConcentration() {
        return saltConcentration;
    }

    public double transferenceNumber() {
        return transferenceNumber;
    }
}
