package org.interphase.mechanisms.oxidation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;

/**
 * Whether two objects of this bundle hold the same values in every field, doubles bit for bit, for sharing
 * one where the other was made ({@link OxidationKinetics#of}). Every instance field counts but transient ones
 * (caches); a field added later counts without being listed anywhere. Fields of this bundle's classes are
 * compared field by field, arrays element by element, anything else by equals.
 */
final class SameFields {

    private SameFields() {
    }

    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof double[] x) {
            return Arrays.equals(x, (double[]) b);
        }
        if (a instanceof Object[] x) {
            Object[] y = (Object[]) b;
            if (x.length != y.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (!same(x[i], y[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a.getClass().isArray() || a.getClass().getClassLoader() != SameFields.class.getClassLoader()) {
            return a.getClass().isArray() ? Objects.deepEquals(a, b) : a.equals(b);
        }
        for (Class<?> c = a.getClass(); c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int modifiers = f.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object x = f.get(a);
                    Object y = f.get(b);
                    boolean equal = f.getType() == double.class
                            ? Double.doubleToRawLongBits((Double) x) == Double.doubleToRawLongBits((Double) y)
                            : same(x, y);
                    if (!equal) {
                        return false;
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    return false; // not comparable: not shared
                }
            }
        }
        return true;
    }
}
