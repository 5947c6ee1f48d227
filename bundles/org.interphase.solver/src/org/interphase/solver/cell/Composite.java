package org.interphase.solver.cell;

import org.interphase.solver.api.Physics;
import java.util.ArrayList;
import java.util.List;

import org.interphase.model.Electrolyte;
import org.interphase.model.Filler;
import org.interphase.model.units.PhysicalConstants;

/**
 * Ceramic fillers in the polymer (domain brief): an effective-medium law in which each particle
 * carries an interfacial resistance R_i, so that it conducts as sigma_p* = sigma_p / (1 + sigma_p R_i / a)
 * (a the particle radius). Maxwell-Garnett below 15 vol%, Bruggeman above 25 vol%, blended linearly
 * in between; several fillers are embedded one after another. R_i is the clean interface's
 * resistance (thermally activated when the library gives it at a temperature with an activation energy)
 * plus a surface layer's thickness over its conductivity (Li2CO3 on garnets). A scaffold
 * of porosity e leaves sigma e^1.5 (Bruggeman's relation for a porous host filled with electrolyte).
 */
final class Composite {

    private static final double MAXWELL_GARNETT_UP_TO = 0.15;
    private static final double BRUGGEMAN_FROM = 0.25;
    private static final double REFERENCE_K = Physics.ROOM_TEMPERATURE;

    /**
     * One filler: volume fraction, radius, conductivity at 25 °C with its activation energy, the clean
     * interface's R_i at its reference temperature with its activation energy, and a surface layer's resistance.
     */
    private record Phase(double volumeFraction, double radius, double conductivity25, double activationEv,
            double cleanResistance, double cleanReferenceK, double cleanActivationEv, double layerResistance) {

        double conductivity(double temperatureK) {
            return conductivity25 * Physics.arrhenius(activationEv, temperatureK, REFERENCE_K);
        }

        /** R_i at a temperature: the clean interface's, thermally activated, plus the surface layer's. */
        double interfacialResistance(double temperatureK) {
            return cleanResistance / Physics.arrhenius(cleanActivationEv, temperatureK, cleanReferenceK)
                    + layerResistance;
        }
    }

    private final List<Phase> phases;
    private final double scaffoldFactor;
    /** The fillers' total volume fraction, summed once: the salt transport asks at every face of every substep. */
    private final double fillerVolumeFraction;

    private Composite(List<Phase> phases, double scaffoldFactor) {
        this.phases = List.copyOf(phases);
        this.scaffoldFactor = scaffoldFactor;
        fillerVolumeFraction = this.phases.stream().mapToDouble(Phase::volumeFraction).sum();
    }

    static Composite of(Electrolyte electrolyte, double polymerDensity) {
        List<Phase> phases = new ArrayList<>();
        double weightFractions = 0;
        double fillerVolumePerMass = 0; // m3 per kg of composite taken by the fillers given in wt%
        for (Filler f : electrolyte.getFillers()) {
            if (f.getFraction() != null && !isVolume(f)) {
                weightFractions += f.getFraction().getSi();
                fillerVolumePerMass += f.getFraction().getSi() / new MaterialData(f.getMaterial()).require("density");
            }
        }
        // volume of one kg of composite: the polymer's share and every filler's (all of them, not only
        // the one being converted: with two fillers, each one's volume fraction is of the whole)
        double volumePerMass = (1 - weightFractions) / polymerDensity + fillerVolumePerMass;
        for (Filler f : electrolyte.getFillers()) {
            MaterialData m = new MaterialData(f.getMaterial());
            if (f.getFraction() == null || f.getParticleSize() == null) {
                throw new CellModelException("filler " + m.name() + " needs a fraction and a particle size");
            }
            double fraction = f.getFraction().getSi();
            double volume;
            if (isVolume(f)) {
                volume = fraction; // already a volume fraction of the composite
            } else {
                // mass fractions: volumes per kg of composite, the polymer taking what the fillers leave
                volume = fraction / m.require("density") / volumePerMass;
            }
            double[][] sigma = m.curve("ionic conductivity");
            double sigma25 = sigma[0].length > 0 ? atReference(sigma, activationEv(m))
                    : m.require("ionic conductivity");
            double[] clean = cleanInterface(m);
            double layer = 0;
            if (f.getSurface() != null) {
                MaterialData surface = new MaterialData(f.getSurface().getMaterial());
                double thickness = f.getSurface().getThickness() == null ? 0 : f.getSurface().getThickness().getSi();
                layer = thickness / surface.require("ionic conductivity");
            }
            phases.add(new Phase(volume, f.getParticleSize().getSi() / 2, sigma25,
                    activationEv(m), clean[0], clean[1], clean[2], layer));
        }
        double fillers = phases.stream().mapToDouble(Phase::volumeFraction).sum();
        if (!(fillers < 1)) {
            throw new CellModelException("the fillers fill the whole electrolyte and leave no polymer");
        }
        double scaffold = 1;
        if (electrolyte.getScaffold() != null && electrolyte.getScaffold().getPorosity() != null) {
            double porosity = electrolyte.getScaffold().getPorosity().getSi();
            if (!(porosity > 0 && porosity <= 1)) {
                throw new CellModelException("a scaffold needs a porosity above 0 % to hold the electrolyte");
            }
            scaffold = Math.pow(porosity, 1.5);
        }
        return new Composite(phases, scaffold);
    }

    /** The filler's activation energy in eV (the library may give eV or kJ/mol; 0 when absent). */
    private static double activationEv(MaterialData m) {
        return electronVolts(m, "activation energy");
    }

    /** An energy parameter in eV (SI of eV is J per particle, of kJ/mol J per mole: told apart by magnitude). */
    private static double electronVolts(MaterialData m, String parameter) {
        return m.optional(parameter).map(joules -> joules < 1e-10 ? joules / Physics.E
                : joules / (Physics.E * PhysicalConstants.AVOGADRO)).orElse(0.0);
    }

    /**
     * The clean ceramic/polymer interface: {R_i (ohm m2), the temperature it belongs to (K), its activation energy
     * (eV)}. An 'interfacial resistance at T' is carried to other temperatures with the 'interfacial activation
     * energy' (ion transfer across the interface is thermally activated: Boaretto et al. 2023 find LATP's
     * particles joining the hybrid's conduction only when hot); a plain value holds at every temperature.
     */
    private static double[] cleanInterface(MaterialData m) {
        double[][] at = m.curve("interfacial resistance");
        if (at[0].length > 1) {
            throw new CellModelException("material " + m.name()
                    + " gives 'interfacial resistance' at several temperatures; give one and an 'interfacial activation energy'");
        }
        if (at[0].length == 1) {
            return new double[] { at[1][0], at[0][0], electronVolts(m, "interfacial activation energy") };
        }
        return new double[] { m.optional("interfacial resistance").orElse(0.0), REFERENCE_K, 0 };
    }

    private static boolean isVolume(Filler f) {
        String unit = f.getFraction().getUnit();
        return "vol%".equals(unit);
    }

    /** The conductivity at 25 °C from the first measured point and the activation energy (eV). */
    private static double atReference(double[][] sigma, double activationEv) {
        return sigma[1][0] / Physics.arrhenius(activationEv, sigma[0][0], REFERENCE_K);
    }

    /**
     * Effective conductivity of the composite around a polymer of conductivity sigmaMatrix (S/m), each
     * filler's interface carrying its own grown resistance on top of its clean one (ohm m2, by the
     * filler's place in the electrolyte; missing entries are 0).
     */
    double conductivity(double sigmaMatrix, double temperatureK, double[] extraInterfacialResistance) {
        double sigma = sigmaMatrix;
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            double sp = p.conductivity(temperatureK);
            double ri = p.interfacialResistance(temperatureK)
                    + (i < extraInterfacialResistance.length ? extraInterfacialResistance[i] : 0);
            double effective = sp / (1 + sp * ri / p.radius());
            sigma = blend(sigma, effective, p.volumeFraction());
        }
        return sigma * scaffoldFactor;
    }

    static double maxwellGarnett(double sm, double sp, double phi) {
        return sm * (sp + 2 * sm + 2 * phi * (sp - sm)) / (sp + 2 * sm - phi * (sp - sm));
    }

    static double bruggeman(double sm, double sp, double phi) {
        double b = (3 * phi - 1) * sp + (2 - 3 * phi) * sm;
        return (b + Math.sqrt(b * b + 8 * sp * sm)) / 4;
    }

    private static double blend(double sm, double sp, double phi) {
        if (phi <= MAXWELL_GARNETT_UP_TO) {
            return maxwellGarnett(sm, sp, phi);
        }
        if (phi >= BRUGGEMAN_FROM) {
            return bruggeman(sm, sp, phi);
        }
        double w = (phi - MAXWELL_GARNETT_UP_TO) / (BRUGGEMAN_FROM - MAXWELL_GARNETT_UP_TO);
        return (1 - w) * maxwellGarnett(sm, sp, phi) + w * bruggeman(sm, sp, phi);
    }

    /**
     * The share of the polymer within a shell of a thickness around the particles (which fillers keep
     * from crystallising), at most 1: sum over fillers of phi ((1 + d/r)^3 - 1), over the polymer's
     * share 1 - sum phi.
     */
    double shellFraction(double shell) {
        double total = fillerVolumeFraction();
        if (total <= 0 || shell <= 0) {
            return 0;
        }
        double shells = phases.stream().mapToDouble(p -> p.volumeFraction() * (Math.pow(1 + shell / p.radius(), 3) - 1)).sum();
        return Math.min(1, shells / Math.max(1e-9, 1 - total));
    }

    /**
     * The share of the current the polymer matrix carries; the rest passes through Li+-conducting
     * particles, which carry no anions (single-ion conductors, t+ = 1). Maxwell-Garnett's field in a
     * sphere, E_p = 3 sigma_m / (sigma_p* + 2 sigma_m) E_m, gives the volume-averaged currents
     * (1 - phi) sigma_m E_m in the matrix and phi sigma_p* E_p in the particles, so the matrix carries
     * (1 - phi) / ((1 - phi) + sum 3 phi_k sigma_k* / (sigma_k* + 2 sigma_m)) of the current (several
     * fillers summed as dilute; sigma_k* with each particle's clean interfacial resistance). Inert
     * fillers (SiO2, Al2O3: sigma_p ~ 0) leave the share at 1.
     */
    double matrixCurrentShare(double sigmaMatrix, double temperatureK) {
        double total = fillerVolumeFraction();
        if (total <= 0) {
            return 1;
        }
        double particles = 0;
        for (Phase p : phases) {
            double sp = p.conductivity(temperatureK);
            double effective = sp / (1 + sp * p.interfacialResistance(temperatureK) / p.radius());
            particles += 3 * p.volumeFraction() * effective / (effective + 2 * sigmaMatrix);
        }
        return (1 - total) / ((1 - total) + particles);
    }

    /** Each filler as {volume fraction of the film, particle radius in m} (the polymer's crystallisation reads it). */
    double[][] particles() {
        return phases.stream().map(p -> new double[] {p.volumeFraction(), p.radius()}).toArray(double[][]::new);
    }

    /** Total volume fraction of the ceramic fillers in the composite. */
    double fillerVolumeFraction() {
        return fillerVolumeFraction;
    }

    /** Tortuosity of the scaffold's pores (Bruggeman: porosity^-0.5), 1 without a scaffold. */
    double scaffoldTortuosity() {
        return Math.pow(scaffoldFactor, -1.0 / 3);
    }

    boolean isEmpty() {
        return phases.isEmpty() && scaffoldFactor == 1;
    }
}
