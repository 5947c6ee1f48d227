package org.interphase.dsl.validation;

import java.util.List;

/** What a study can report ({@code report capacity retention, voltage profiles every 50 cycles}). */
public final class ReportKinds {

    /** The known report items, as written. */
    public static final List<String> NAMES = List.of("capacity retention", "coulombic efficiency",
            "voltage profiles", "resistance", "gas evolution", "overpotential", "time to short",
            "ionic conductivity", "interfacial resistance", "onset potential", "contact area", "impedance",
            "cei thickness", "sei thickness", "side charge");

    /** Items that take "every N cycles". */
    public static final List<String> PERIODIC = List.of("voltage profiles", "impedance");

    /** Items that take "at" a current-density threshold. */
    public static final List<String> WITH_THRESHOLD = List.of("onset potential");

    private ReportKinds() {
    }
}
