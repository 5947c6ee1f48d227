package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.cli.Interphase;

/** Running the command line in a test, and reading numbers back from summary.json. */
final class Runs {

    record Output(int code, String out, String err) {
    }

    private Runs() {
    }

    static Output run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Interphase.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Output(code, out.toString(), err.toString());
    }

    /**
     * A cell of the domain brief's stack around a cathode: PEO-LiTFSI (-OH ends, EO:Li 20) 50 um thick
     * on a 50 um lithium foil, 1 cm2.
     *
     * @param cathode the cathode's line, e.g. {@code LCO { loading 1.5 mAh/cm2 }}
     */
    static String peoCell(String name, String cathode) {
        return "cell " + name + " {\n    area 1 cm2\n    cathode " + cathode + "\n    electrolyte {\n"
                + "        polymer PEO { end group hydroxyl }\n        salt LiTFSI { ratio EO:Li 20 }\n"
                + "        thickness 50 um\n    }\n    anode Li { thickness 50 um }\n}\n";
    }

    /** A protocol of n C/5 cycles at 60 °C between 3.0 V and the given upper cut-off. */
    static String cycles(String name, int n, String upper) {
        return "protocol " + name + " {\n    temperature 60 °C\n    repeat " + n + " {\n        charge at C/5 until " + upper
                + "\n        discharge at C/5 until 3.0 V\n    }\n}\n";
    }

    /** A shipped example. */
    static Path example(String name) {
        return Path.of(System.getProperty("interphase.examples")).resolve(name);
    }

    /** Asserts that a file is a PNG image of the plots' size, 800 x 500 px. */
    static void assertPlot(Path png) throws java.io.IOException {
        assertTrue(java.nio.file.Files.isRegularFile(png), png + " written");
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(img != null, png + " decodes as an image");
        assertTrue(img.getWidth() == 800 && img.getHeight() == 500, png + " is " + img.getWidth() + " x " + img.getHeight());
    }

    /** A number field of summary.json (written by Jackson as "field" : value). */
    static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\" : ([-0-9.Ee]+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Double.parseDouble(m.group(1));
    }
}
