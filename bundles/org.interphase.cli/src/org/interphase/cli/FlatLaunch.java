package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.solver.registry.ClassPathRegistry;

/**
 * The command line without the OSGi framework (docs/engine.md, "Start-up"): the same commands
 * ({@link Interphase}) on a flat class path of the product's bundles, which
 * {@link org.interphase.cli.launch.FlatClassPath} computes from their manifests and a JVM AOT cache
 * can hold whole. The mechanisms are found through the same extension registry interface, filled
 * from the plugin.xml files on the class path ({@link ClassPathRegistry}): those of the product and
 * those of the plug-ins installed into its dropins folder, which the class path ends with. The
 * {@code interphase} script starts it for every command but {@code install} and {@code workbench},
 * which need the framework.
 */
public final class FlatLaunch {

    /** A file naming the installed plug-ins that the class path leaves out (one line each, why). */
    public static final String SKIPPED_PROPERTY = "interphase.flat.skipped";

    /** Where the libraries' log4j output goes (the OSGi launch's is the platform log). */
    public static final String LOG_PROPERTY = "interphase.log";

    /**
     * The training run of the class-data cache (the script sets it to a .cell file): help, version,
     * materials and a check of that file, in one JVM and with no output, so that the cache holds
     * the classes of each; the commands are the ordinary ones.
     */
    public static final String TRAIN_PROPERTY = "interphase.flat.train";

    private FlatLaunch() {
    }

    public static void main(String[] args) {
        Logging.toFile(System.getProperty(LOG_PROPERTY));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        String skipped = System.getProperty(SKIPPED_PROPERTY);
        if (skipped != null && Files.isRegularFile(Path.of(skipped))) {
            try {
                Files.readAllLines(Path.of(skipped)).stream().filter(l -> !l.isBlank())
                        .forEach(l -> err.println("interphase: plug-in skipped: " + l));
            } catch (IOException e) {
                err.println("interphase: " + skipped + " cannot be read: " + e.getMessage());
            }
        }
        ClassPathRegistry.install();
        String train = System.getProperty(TRAIN_PROPERTY);
        if (train != null) {
            PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
            for (String[] command : new String[][] { { "--help" }, { "--version" }, { "materials" },
                    { "check", "--quiet", train } }) {
                Interphase.run(command, none, none);
            }
            System.exit(0);
        }
        System.exit(Interphase.run(args, out, err));
    }
}
