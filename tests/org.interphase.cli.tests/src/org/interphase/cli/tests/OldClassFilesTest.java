package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipFile;

import org.interphase.cli.launch.FlatClassPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The flat launch's copies of jars with Java 5 class files (picocli, log4j 1.2, antlr 3): those are
 * rewritten as Java 6 class files with stack maps, which an AOT cache holds (JVMS 4.10.1: a class file
 * of version 50 or more is verified by type checking against its StackMapTable). The stack maps must
 * be the ones the verifier accepts: each rewritten class is loaded once more labelled as version 51,
 * for which the JVM has no fallback to the old verifier (JVMS 4.10), so a wrong stack map fails the test
 * with a VerifyError. A class that names a type the class path does not have stays as it was.
 */
class OldClassFilesTest {

    @Test
    void java5ClassesAreRewrittenWithStackMapsTheVerifierAccepts(@TempDir Path dir) throws Exception {
        Path product = Files.createDirectories(dir.resolve("product"));
        Path plugins = Files.createDirectories(product.resolve("plugins"));
        Map<String, byte[]> classes = new LinkedHashMap<>();
        classes.put("t/A", plain("t/A", "java/lang/Object"));
        classes.put("t/B", plain("t/B", "t/A"));
        classes.put("t/C", plain("t/C", "t/A"));
        // b ? new ArrayList() : new LinkedList(), then AbstractList.size(): the merge is the JDK's AbstractList
        classes.put("t/Lists", merge("t/Lists", "java/util/ArrayList", "java/util/LinkedList", "java/util/AbstractList",
                "size", "()I", "I"));
        // b ? new B() : new C(), then A.hashCode(): the merge is the jar's own t/A
        classes.put("t/Mine", merge("t/Mine", "t/B", "t/C", "t/A", "hashCode", "()I", "I"));
        // types that are not on the class path: no stack map can be computed, the class stays as it is
        classes.put("t/Gone", merge("t/Gone", "t/Missing1", "t/Missing2", "t/Missing0", "hashCode", "()I", "I"));
        Path jar = bundle(plugins, "org.interphase.cli", classes);

        Path out = dir.resolve("flat");
        FlatClassPath.main(new String[] { product.toString(), out.toString() });

        String[] classPath = Files.readString(out.resolve("classpath")).strip().split(java.io.File.pathSeparator);
        Path copy = Path.of(classPath[0]);
        assertEquals(out.resolve("jars").resolve(jar.getFileName()), copy, "a jar with old class files is copied");
        assertEquals(1, classPath.length, String.join(" ", classPath));
        Map<String, byte[]> rewritten = read(copy);
        for (String name : new String[] { "t/A", "t/B", "t/C", "t/Lists", "t/Mine" }) {
            assertEquals(FlatClassPath.JAVA_6, version(rewritten.get(name)), name);
            assertTrue(FlatClassPath.isOld(classes.get(name)), name);
        }
        assertArrayEquals(classes.get("t/Gone"), rewritten.get("t/Gone"), "a class that cannot be rewritten is kept");

        // the rewritten classes, as version 51 (no fallback verifier), load and run as the originals do
        Strict strict = new Strict(rewritten);
        assertEquals(0, strict.loadClass("t.Lists").getMethod("run", boolean.class).invoke(null, true));
        assertEquals(0, strict.loadClass("t.Lists").getMethod("run", boolean.class).invoke(null, false));
        Object h = strict.loadClass("t.Mine").getMethod("run", boolean.class).invoke(null, true);
        assertTrue(h instanceof Integer, String.valueOf(h));
        Strict original = new Strict(classes);
        original.strict = false;
        assertEquals(0, original.loadClass("t.Lists").getMethod("run", boolean.class).invoke(null, true));
    }

    @Test
    void aJarWithoutOldClassFilesIsUsedWhereItIs(@TempDir Path dir) throws Exception {
        Path product = Files.createDirectories(dir.resolve("product"));
        Path plugins = Files.createDirectories(product.resolve("plugins"));
        Path jar = bundle(plugins, "org.interphase.cli", Map.of("m/M", javaClass("m/M", "java/lang/Object", Opcodes.V17)));
        Path out = dir.resolve("flat");
        FlatClassPath.main(new String[] { product.toString(), out.toString() });
        assertEquals(jar.toString(), Files.readString(out.resolve("classpath")).strip());
    }

    /** Defines classes from bytes; with {@code strict}, every class file is labelled version 51. */
    private static final class Strict extends ClassLoader {
        private final Map<String, byte[]> classes;
        boolean strict = true;

        Strict(Map<String, byte[]> classes) {
            super(null);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name.replace('.', '/'));
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            b = b.clone();
            if (strict) {
                b[6] = 0;
                b[7] = 51;
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    private static byte[] plain(String name, String superName) {
        return javaClass(name, superName, Opcodes.V1_5);
    }

    private static byte[] javaClass(String name, String superName, int version) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(version, Opcodes.ACC_PUBLIC, name, null, superName, null);
        constructor(cw, superName);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A Java 5 class with {@code static Object run(boolean b)}: {@code (b ? new T1() : new T2()).m()}. */
    private static byte[] merge(String name, String t1, String t2, String owner, String m, String desc, String ret) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        constructor(cw, "java/lang/Object");
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "(Z)Ljava/lang/Object;", null, null);
        mv.visitCode();
        Label other = new Label();
        Label join = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitJumpInsn(Opcodes.IFEQ, other);
        newInstance(mv, t1);
        mv.visitJumpInsn(Opcodes.GOTO, join);
        mv.visitLabel(other);
        newInstance(mv, t2);
        mv.visitLabel(join);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, m, desc, false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Integer", "valueOf", "(" + ret + ")Ljava/lang/Integer;", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void newInstance(MethodVisitor mv, String type) {
        mv.visitTypeInsn(Opcodes.NEW, type);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, type, "<init>", "()V", false);
    }

    private static void constructor(ClassWriter cw, String superName) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static int version(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static Path bundle(Path folder, String name, Map<String, byte[]> classes) throws IOException {
        Path jar = folder.resolve(name + "_1.0.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
            out.write(("Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + name
                    + "\nBundle-Version: 1.0.0\n\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                out.putNextEntry(new JarEntry(c.getKey() + ".class"));
                out.write(c.getValue());
            }
        }
        return jar;
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var all = zip.entries(); all.hasMoreElements();) {
                var e = all.nextElement();
                if (e.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        classes.put(e.getName().substring(0, e.getName().length() - 6), in.readAllBytes());
                    }
                }
            }
        }
        return classes;
    }
}
