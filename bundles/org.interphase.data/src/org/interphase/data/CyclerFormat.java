package org.interphase.data;

/** The cycler file formats the importer reads. */
public enum CyclerFormat {
    /** Battery Data Format (Battery Data Alliance) CSV: preferred labels such as {@code Test Time / s}. */
    BDF("Battery Data Format CSV"),
    /** BioLogic EC-Lab text export (.mpt): header block with "Nb header lines", tab separated. */
    BIOLOGIC("BioLogic EC-Lab .mpt"),
    /** Arbin MITS Pro CSV export: {@code Test_Time(s)}, {@code Cycle_Index}, ... */
    ARBIN("Arbin CSV"),
    /** Neware BTS CSV export: {@code Total Time}, {@code Cycle Index}, {@code Chg. Cap.(Ah)}, ... */
    NEWARE("Neware CSV");

    private final String label;

    CyclerFormat(String label) {
        this.label = label;
    }

    /** How the format is named in messages. */
    public String label() {
        return label;
    }
}
