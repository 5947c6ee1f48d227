package org.interphase.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Class files older than Java 6 (version 50) rewritten as Java 6 class files with stack maps, for the
 * flat launch's copies of the jars that hold them (picocli, log4j 1.2, antlr 3, parts of Guice): the
 * JVM's AOT cache and CDS archives neither link nor hold an "old" class file, nor any class that extends
 * one (Xtext's parsers extend antlr's), so these were read and verified from their jars on every start
 * (docs/engine.md, "Start-up").
 *
 * <p>Only the version and the stack maps change; the code, constant pool entries the code uses and every
 * attribute stay as they are (ASM, the library the JDK's own tools were built on: a class read and written
 * back with {@link ClassWriter#COMPUTE_FRAMES}). The stack maps need the common superclass of two types,
 * which is found in the class files of the class path and the JDK, never by loading a class. A class that
 * cannot be rewritten (it refers to a class that is not there, or uses the subroutines {@code jsr/ret}
 * that stack maps cannot express) is kept as it is, old: it works as before, only uncached. And should a
 * computed stack map be refused, a version-50 class falls back to the verifier of old class files (JVMS
 * 4.10: "failover"), so a rewritten class never fails to load where the old one loaded.
 *
 * <p>Needs ASM on the class path of {@link FlatClassPath}'s run ({@link FlatClassPath#asmAvailable()});
 * without it the copies keep their old class files.
 */
final class OldClassFiles implements AutoCloseable {

    private record Info(String superName, String[] interfaces, boolean isInterface) {
    }

    private final List<ZipFile> jars = new ArrayList<>();
    private final Map<String, ZipFile> where = new HashMap<>();
    private final Map<String, Info> infos = new HashMap<>();

    /**
     * @param classPath the jars whose classes the rewritten classes may name (the whole class path: a
     *                  stack map's types may come from any of them)
     */
    OldClassFiles(List<Path> classPath) throws IOException {
        for (Path p : classPath) {
            if (!p.toString().endsWith(".jar")) {
                continue;
            }
            ZipFile jar = new ZipFile(p.toFile());
            jars.add(jar);
            jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                    .forEach(n -> where.putIfAbsent(n.substring(0, n.length() - 6), jar));
        }
    }

    /** The class rewritten as a Java 6 class file with stack maps, or the same bytes if it cannot be. */
    byte[] upgrade(byte[] classFile) {
        if (!FlatClassPath.isOld(classFile)) {
            return classFile;
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected String getCommonSuperClass(String type1, String type2) {
                    return commonSuperClass(type1, type2);
                }
            };
            reader.accept(new org.objectweb.asm.ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                        String[] interfaces) {
                    super.visit(FlatClassPath.JAVA_6, access, name, signature, superName, interfaces);
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            // a type that is not there, or jsr/ret: kept old (loaded and verified as before)
            return classFile;
        }
    }

    /** The nearest common superclass, as the JVM's verifier merges two reference types (JVMS 4.10.1.2). */
    String commonSuperClass(String type1, String type2) {
        if (isAssignableFrom(type1, type2)) {
            return type1;
        }
        if (isAssignableFrom(type2, type1)) {
            return type2;
        }
        if (info(type1).isInterface() || info(type2).isInterface()) {
            return "java/lang/Object";
        }
        String t = type1;
        do {
            t = info(t).superName();
        } while (!isAssignableFrom(t, type2));
        return t;
    }

    /** Whether a value of type {@code sub} is a {@code type} (its superclasses and interfaces). */
    private boolean isAssignableFrom(String type, String sub) {
        if (type.equals(sub)) {
            return true;
        }
        Info i = info(sub);
        if (i.superName() != null && isAssignableFrom(type, i.superName())) {
            return true;
        }
        for (String itf : i.interfaces()) {
            if (isAssignableFrom(type, itf)) {
                return true;
            }
        }
        return false;
    }

    private Info info(String type) {
        Info known = infos.get(type);
        if (known != null) {
            return known;
        }
        ClassReader r = new ClassReader(bytes(type));
        Info i = new Info(r.getSuperName(), r.getInterfaces(), (r.getAccess() & Opcodes.ACC_INTERFACE) != 0);
        infos.put(type, i);
        return i;
    }

    private byte[] bytes(String type) {
        ZipFile jar = where.get(type);
        try (InputStream in = jar != null ? jar.getInputStream(jar.getEntry(type + ".class"))
                : ClassLoader.getSystemResourceAsStream(type + ".class")) {
            if (in == null) {
                throw new IllegalArgumentException("no class file of " + type);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (ZipFile jar : jars) {
            jar.close();
        }
    }
}
