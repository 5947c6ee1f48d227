package org.interphase.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The class path of the command line's flat launch (docs/engine.md, "Start-up"): the bundles of a
 * built product that the command line needs, found the way the OSGi framework would wire them,
 * from their manifests: {@code org.interphase.cli} and every bundle whose plugin.xml contributes
 * mechanisms, with what they require (Require-Bundle, Import-Package; mandatory ones, the newest
 * version that fits the range), and the fragments of those. The plug-ins installed into
 * {@code dropins/} come after them, each with what it requires beyond them; one that requires what
 * the product does not have is left out and named, as the framework leaves an unresolved bundle
 * out. Signed jars are copied without their signature files (a signed jar is verified as it is read,
 * and no class-data archive holds its classes), and jars that hold class files older than Java 6 are
 * copied with those rewritten as Java 6 class files ({@link OldClassFiles}: no AOT cache holds an old
 * one), where ASM is on the class path of this run.
 *
 * <p>{@code java -cp org.interphase.cli_*.jar org.interphase.cli.launch.FlatClassPath PRODUCT OUT}
 * writes {@code OUT/classpath} (one line for {@code java -cp}) and {@code OUT/skipped} (one line per
 * plug-in left out). Plain JDK code: it runs before any bundle is on a class path.
 */
public final class FlatClassPath {

    /**
     * The folder of the jar copies (without signatures, with Java 6 class files for old ones); named anew
     * when what a copy holds changes, so that no copy of an earlier launcher is taken for one of this.
     */
    static final String COPIES = "jars";

    /** Java 6: the first class-file version with stack maps, and the oldest an AOT cache holds. */
    public static final int JAVA_6 = 50;

    /** The command line's bundle: the root of the closure. */
    static final String ROOT = "org.interphase.cli";

    /** The bundles of the class path, in order, and the plug-ins left out with the reason. */
    public record Result(List<BundleManifest> bundles, List<String> skipped) {
    }

    private final Map<String, List<BundleManifest>> byName = new HashMap<>();
    private final Map<String, List<BundleManifest>> exporters = new HashMap<>();
    private final Set<String> jdkPackages;

    private FlatClassPath(List<BundleManifest> available) {
        for (BundleManifest b : available) {
            byName.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(b);
            b.exportedPackages().keySet().forEach(p -> exporters.computeIfAbsent(p, k -> new ArrayList<>()).add(b));
        }
        Comparator<BundleManifest> newestFirst = Comparator.comparing(BundleManifest::version).reversed();
        byName.values().forEach(l -> l.sort(newestFirst));
        exporters.values().forEach(l -> l.sort(Comparator.comparing(BundleManifest::name).thenComparing(newestFirst)));
        jdkPackages = ModuleLayer.boot().modules().stream().flatMap(m -> m.getPackages().stream())
                .collect(Collectors.toSet());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FlatClassPath PRODUCT OUT");
            System.exit(2);
        }
        Path product = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Result result = resolve(product.resolve("plugins"), product.resolve("dropins"));
        List<String> entries = new ArrayList<>();
        List<Path> locations = result.bundles().stream().map(BundleManifest::location).toList();
        try (OldClassFiles old = asmAvailable() ? new OldClassFiles(locations) : null) {
            for (BundleManifest b : result.bundles()) {
                boolean copied = b.signed() || old != null && holdsOldClasses(b.location());
                entries.add((copied ? copy(b.location(), out.resolve(COPIES), old) : b.location()).toString());
            }
        }
        write(out.resolve("classpath"), String.join(java.io.File.pathSeparator, entries) + "\n");
        write(out.resolve("skipped"), result.skipped().stream().map(s -> s + "\n").collect(Collectors.joining()));
    }

    /** The bundles of the flat class path of a product's plugins and dropins folders. */
    public static Result resolve(Path plugins, Path dropins) throws IOException {
        List<BundleManifest> installed = bundlesIn(plugins);
        List<BundleManifest> added = bundlesIn(dropins);
        List<BundleManifest> all = new ArrayList<>(installed);
        all.addAll(added);
        FlatClassPath resolver = new FlatClassPath(all);
        Set<BundleManifest> base = new LinkedHashSet<>();
        List<BundleManifest> roots = new ArrayList<>(resolver.byName.getOrDefault(ROOT, List.of()).stream().limit(1).toList());
        installed.stream().filter(b -> b.contributesMechanisms() && b.fragmentHost() == null).forEach(roots::add);
        for (BundleManifest root : roots) {
            resolver.close(root, base, new ArrayList<>());
        }
        resolver.addFragments(base);
        List<BundleManifest> order = sorted(base);
        Set<BundleManifest> withPlugins = new LinkedHashSet<>(base);
        List<String> skipped = new ArrayList<>();
        for (BundleManifest plugin : added) {
            Set<BundleManifest> trial = new LinkedHashSet<>(withPlugins);
            List<String> missing = new ArrayList<>();
            resolver.close(plugin, trial, missing);
            if (missing.isEmpty()) {
                withPlugins = trial;
            } else {
                skipped.add(plugin + " does not resolve (a bundle or package it needs is missing from this product,"
                        + " e.g. a newer API version: " + String.join(", ", missing) + "): " + plugin.location());
            }
        }
        resolver.addFragments(withPlugins);
        withPlugins.removeAll(base);
        order.addAll(sorted(withPlugins));
        return new Result(List.copyOf(order), List.copyOf(skipped));
    }

    /** Adds a bundle and, transitively, what it requires; what cannot be found is added to missing. */
    private void close(BundleManifest start, Set<BundleManifest> members, List<String> missing) {
        List<BundleManifest> work = new ArrayList<>(List.of(start));
        while (!work.isEmpty()) {
            BundleManifest b = work.remove(work.size() - 1);
            if (!members.add(b)) {
                continue;
            }
            if (b.fragmentHost() != null) {
                pick(byName.get(b.fragmentHost()), VersionRange.ANY, members, work, missing, "host " + b.fragmentHost());
            }
            for (BundleManifest.Requirement r : b.requiredBundles()) {
                pick(byName.get(r.name()), r.range(), members, work, missing, "bundle " + r.name() + " " + r.range());
            }
            for (BundleManifest.Requirement r : b.importedPackages()) {
                List<BundleManifest> from = exporters.get(r.name());
                if (from == null && (jdkPackages.contains(r.name()) || r.name().startsWith("java."))) {
                    continue;
                }
                List<BundleManifest> fitting = from == null ? null
                        : from.stream().filter(e -> r.range().includes(e.exportedPackages().get(r.name()))).toList();
                pick(fitting, VersionRange.ANY, members, work, missing, "package " + r.name() + " " + r.range());
            }
        }
    }

    /** The candidate already there, or else the first that fits (the newest version of a bundle). */
    private static void pick(List<BundleManifest> candidates, VersionRange range, Set<BundleManifest> members,
            List<BundleManifest> work, List<String> missing, String what) {
        List<BundleManifest> fitting = candidates == null ? List.of()
                : candidates.stream().filter(c -> range.includes(c.version())).toList();
        if (fitting.isEmpty()) {
            missing.add(what);
        } else if (fitting.stream().noneMatch(members::contains) && fitting.stream().noneMatch(work::contains)) {
            work.add(fitting.get(0));
        }
    }

    /** Adds the fragments whose host is a member (they hold classes of their host). */
    private void addFragments(Set<BundleManifest> members) {
        Set<String> names = members.stream().map(BundleManifest::name).collect(Collectors.toCollection(HashSet::new));
        for (List<BundleManifest> versions : byName.values()) {
            BundleManifest f = versions.get(0);
            if (f.fragmentHost() != null && names.contains(f.fragmentHost()) && !members.contains(f)) {
                List<String> missing = new ArrayList<>();
                Set<BundleManifest> trial = new LinkedHashSet<>(members);
                close(f, trial, missing);
                if (missing.isEmpty()) {
                    members.addAll(trial);
                }
            }
        }
    }

    private static List<BundleManifest> sorted(Set<BundleManifest> bundles) {
        List<BundleManifest> l = new ArrayList<>(bundles);
        l.sort(Comparator.comparing(BundleManifest::name).thenComparing(BundleManifest::version));
        return l;
    }

    /** The bundles (jars and folders with a manifest) of a folder; none if it does not exist. */
    static List<BundleManifest> bundlesIn(Path folder) throws IOException {
        List<BundleManifest> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !(name.endsWith(".jar") || Files.isDirectory(p))) {
                    continue;
                }
                try {
                    BundleManifest b = BundleManifest.read(p);
                    if (b != null) {
                        found.add(b);
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // not a readable bundle: the framework would not install it either
                }
            }
        }
        return found;
    }

    /**
     * Whether ASM can be loaded (it is on the class path of this run). Asked here, not in
     * {@link OldClassFiles}, whose linking needs ASM.
     */
    static boolean asmAvailable() {
        try {
            Class.forName("org.objectweb.asm.ClassWriter", false, FlatClassPath.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The major version of a class file (0 if it is not one). */
    static int majorVersion(byte[] classFile) {
        if (classFile.length < 8 || (classFile[0] & 0xff) != 0xca || (classFile[1] & 0xff) != 0xfe) {
            return 0;
        }
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** Whether a class file is older than Java 6 (no AOT cache or CDS archive holds it). */
    public static boolean isOld(byte[] classFile) {
        int major = majorVersion(classFile);
        return major > 0 && major < JAVA_6;
    }

    /** Whether a jar holds a class file older than Java 6. */
    static boolean holdsOldClasses(Path jar) throws IOException {
        if (!jar.toString().endsWith(".jar")) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
                ZipEntry e = all.nextElement();
                if (e.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        if (isOld(in.readNBytes(8))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * A copy of a jar without its signature files and, with {@code old} given, its old class files
     * rewritten (kept while it is newer than the jar).
     */
    static Path copy(Path jar, Path folder, OldClassFiles old) throws IOException {
        Path copy = folder.resolve(jar.getFileName());
        if (Files.isRegularFile(copy)
                && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return copy;
        }
        Files.createDirectories(folder);
        // written under a name of its own and moved into place: concurrent first commands never read half a jar
        Path partial = Files.createTempFile(folder, ".partial-", ".jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (BundleManifest.isSignatureFile(e.getName())) {
                    continue;
                }
                ZipEntry copied = new ZipEntry(e.getName());
                copied.setTime(e.getTime());
                out.putNextEntry(copied);
                if (old != null && e.getName().endsWith(".class")) {
                    out.write(old.upgrade(in.readAllBytes()));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return copy;
    }

    private static void write(Path file, String text) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
