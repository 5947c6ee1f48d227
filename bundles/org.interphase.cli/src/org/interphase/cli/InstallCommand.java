package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.interphase.cli.launch.BundleManifest;
import org.interphase.solver.registry.Dropins;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code interphase install BUNDLE...}: copies plug-in bundles (mechanisms) into the product's
 * dropins folder, replacing an installed version of the same bundle, and loads them to show what
 * they contribute. Uninstalling is deleting the file from that folder.
 */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Install plug-in bundles (jars or bundle folders) into this product's dropins folder; "
                + "'run' and 'check' pick up their mechanisms from then on. Delete a file from the folder to uninstall it.")
public final class InstallCommand extends InterphaseCommand {

    @Parameters(arity = "1..*", paramLabel = "BUNDLE", description = "a bundle jar or a folder with META-INF/MANIFEST.MF")
    private List<Path> bundles;

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws IOException {
        Path dropins = Dropins.folder();
        if (dropins == null) {
            return fail("install: no product to install into (start it with the interphase script)");
        }
        List<BundleManifest> ids = new ArrayList<>();
        for (Path b : bundles) {
            BundleManifest id = Files.exists(b) ? manifestOrNull(b) : null;
            if (!Files.exists(b)) {
                err.println(b + ":1:1: error: no such file or folder");
                return Interphase.EXIT_INPUT_ERRORS;
            }
            if (id == null) {
                err.println(b + ":1:1: error: not an OSGi bundle (no META-INF/MANIFEST.MF with a Bundle-SymbolicName)");
                return Interphase.EXIT_INPUT_ERRORS;
            }
            ids.add(id);
        }
        Files.createDirectories(dropins);
        for (int i = 0; i < bundles.size(); i++) {
            Path source = bundles.get(i).toAbsolutePath().normalize();
            BundleManifest id = ids.get(i);
            removeOtherVersions(dropins, id.name());
            String name = id.name() + "_" + id.version() + (Files.isDirectory(source) ? "" : ".jar");
            Path target = dropins.resolve(name);
            // copy next to the target, then move: the dropins folder never holds half a bundle
            Path partial = dropins.resolve(".partial-" + name);
            Trees.delete(partial);
            copyTree(source, partial);
            Trees.delete(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            out.println("installed " + id + " into " + dropins);
        }
        List<String> problems = Dropins.load(dropins);
        problems.forEach(p -> err.println("interphase: install: " + p));
        for (BundleManifest id : ids) {
            List<String> mechanisms = MechanismRegistry.getDefault().all().stream()
                    .filter(d -> d.contributor().equals(id.name())).map(MechanismDescriptor::id).toList();
            out.println(id.name() + (mechanisms.isEmpty() ? " contributes no mechanism"
                    : " contributes the mechanisms " + String.join(", ", mechanisms)));
        }
        return problems.isEmpty() ? 0 : Interphase.EXIT_INPUT_ERRORS;
    }

    private static BundleManifest manifestOrNull(Path b) {
        try {
            return BundleManifest.read(b);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void removeOtherVersions(Path dropins, String symbolicName) throws IOException {
        for (Path p : Dropins.bundlesIn(dropins)) {
            BundleManifest other = manifestOrNull(p);
            if (other != null && other.name().equals(symbolicName)) {
                Trees.delete(p);
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            Files.copy(source, target);
            return;
        }
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

}
