package org.interphase.cli.launch;

/**
 * An OSGi version range: {@code [1.0,2.0)}, {@code (1.0,2.0]}, or a plain version meaning "that
 * version or newer"; absent means any version.
 */
public record VersionRange(Version floor, boolean floorIncluded, Version ceiling, boolean ceilingIncluded) {

    static final VersionRange ANY = new VersionRange(Version.ZERO, true, null, false);

    static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        String t = text.strip();
        char first = t.charAt(0);
        if (first != '[' && first != '(') {
            return new VersionRange(Version.parse(t), true, null, false);
        }
        char last = t.charAt(t.length() - 1);
        String[] ends = t.substring(1, t.length() - 1).split(",");
        if (ends.length != 2 || (last != ']' && last != ')')) {
            throw new IllegalArgumentException("not an OSGi version range: '" + text + "'");
        }
        return new VersionRange(Version.parse(ends[0]), first == '[', Version.parse(ends[1]), last == ']');
    }

    boolean includes(Version v) {
        int low = v.compareTo(floor);
        if (low < 0 || low == 0 && !floorIncluded) {
            return false;
        }
        if (ceiling == null) {
            return true;
        }
        int high = v.compareTo(ceiling);
        return high < 0 || high == 0 && ceilingIncluded;
    }

    @Override
    public String toString() {
        return ceiling == null ? floor.toString()
                : (floorIncluded ? "[" : "(") + floor + "," + ceiling + (ceilingIncluded ? "]" : ")");
    }
}
