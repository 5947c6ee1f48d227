package org.interphase.cli.launch;

/** An OSGi version, major.minor.micro.qualifier, ordered as the framework orders it. */
public record Version(int major, int minor, int micro, String qualifier) implements Comparable<Version> {

    static final Version ZERO = new Version(0, 0, 0, "");

    /** A version text; null or blank is 0.0.0. */
    static Version parse(String text) {
        if (text == null || text.isBlank()) {
            return ZERO;
        }
        String[] p = text.strip().split("\\.", 4);
        try {
            return new Version(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                    p.length > 2 ? Integer.parseInt(p[2]) : 0, p.length > 3 ? p[3] : "");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an OSGi version: '" + text + "'", e);
        }
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        c = c != 0 ? c : Integer.compare(minor, o.minor);
        c = c != 0 ? c : Integer.compare(micro, o.micro);
        return c != 0 ? c : qualifier.compareTo(o.qualifier);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
    }
}
