package org.interphase.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.interphase.solver.registry.Dropins;

/** The Equinox application behind the {@code interphase} launcher script. */
public class InterphaseApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Logging.toPlatformLog();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // plug-ins installed with 'interphase install' join before anything reads the mechanisms
        try {
            Dropins.load(Dropins.folder()).forEach(p -> err.println("interphase: plug-in skipped: " + p));
        } catch (java.io.IOException e) {
            err.println("interphase: plug-ins not loaded: " + e.getMessage());
        }
        return Interphase.run(args == null ? new String[0] : args, out, err);
    }

    @Override
    public void stop() {
        // commands are short and end by themselves
    }
}
