package org.interphase.dsl.validation;

/** Codes of the language's problems, for tests and quick fixes. */
public final class IssueCodes {

    private static final String PREFIX = "org.interphase.dsl.";

    public static final String UNKNOWN_MATERIAL = PREFIX + "unknownMaterial";
    public static final String WRONG_ROLE = PREFIX + "wrongRole";
    public static final String WRONG_DIMENSION = PREFIX + "wrongDimension";
    public static final String NOT_POSITIVE = PREFIX + "notPositive";
    public static final String FRACTION_OUT_OF_RANGE = PREFIX + "fractionOutOfRange";
    public static final String INVERTED_VOLTAGE_WINDOW = PREFIX + "invertedVoltageWindow";
    public static final String SWEEP_START_ABOVE_END = PREFIX + "sweepStartAboveEnd";
    public static final String RATIO_NOT_POSITIVE = PREFIX + "ratioNotPositive";
    public static final String MISSING_CATHODE = PREFIX + "missingCathode";
    public static final String MISSING_ANODE = PREFIX + "missingAnode";
    public static final String MISSING_ELECTROLYTE = PREFIX + "missingElectrolyte";
    public static final String MISSING_POLYMER = PREFIX + "missingPolymer";
    public static final String MISSING_AREA = PREFIX + "missingArea";
    public static final String MISSING_SALT_AMOUNT = PREFIX + "missingSaltAmount";
    public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
    public static final String DUPLICATE_PROPERTY = PREFIX + "duplicateProperty";
    public static final String UNKNOWN_PATH = PREFIX + "unknownPath";
    public static final String CELL_NOT_IN_STUDY = PREFIX + "cellNotInStudy";
    public static final String UNKNOWN_MECHANISM = PREFIX + "unknownMechanism";
    public static final String UNKNOWN_REPORT = PREFIX + "unknownReport";
    public static final String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
    public static final String PARAMETER_NOT_FOR_ROLE = PREFIX + "parameterNotForRole";
    public static final String DUPLICATE_PARAMETER = PREFIX + "duplicateParameter";
    public static final String OUTSIDE_RANGE = PREFIX + "outsideRange";
    public static final String BASED_ON_CYCLE = PREFIX + "basedOnCycle";
    public static final String UNRESOLVED_IMPORT = PREFIX + "unresolvedImport";
    public static final String STEP_WITHOUT_END = PREFIX + "stepWithoutEnd";
    public static final String MISSING_STUDY_PART = PREFIX + "missingStudyPart";
    public static final String BAD_COUNT = PREFIX + "badCount";
    public static final String EVERY_WITHOUT_REPEAT = PREFIX + "everyWithoutRepeat";
    public static final String BELOW_ABSOLUTE_ZERO = PREFIX + "belowAbsoluteZero";
    public static final String UNPHYSICAL = PREFIX + "unphysical";
    public static final String MEASURED_DATA = PREFIX + "measuredData";
    /** A number that is not finite or beyond what any cell has (issue 14). */
    public static final String NOT_FINITE = PREFIX + "notFinite";
    /** Steps nested deeper than a protocol can mean (issue 14). */
    public static final String NESTED_TOO_DEEP = PREFIX + "nestedTooDeep";
    /** An input the engine refuses, found before the run (issue 16). */
    public static final String ENGINE_REFUSES = PREFIX + "engineRefuses";
    /** A protocol the physics doubts (issue 16). */
    public static final String DOUBTFUL_PROTOCOL = PREFIX + "doubtfulProtocol";
    /** A contributed mechanism that cannot be loaded (issue 14). */
    public static final String MECHANISM_NOT_LOADED = PREFIX + "mechanismNotLoaded";

    private IssueCodes() {
    }
}
