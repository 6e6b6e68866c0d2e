package org.pulsewall;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulsewall.wall.MonitorInfo;
import org.pulsewall.wall.WallRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the monitors JavaFX sees, in the order wall.yaml's monitor numbers use. */
@Command(name = "screens", description = "List the monitors: index, bounds, scale.")
final class ScreensCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<MonitorInfo> monitors;
        try {
            monitors = WallRuntime.monitors();
        } catch (UnsupportedOperationException e) {
            spec.commandLine().getErr().println("no display: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (MonitorInfo m : monitors) {
            out.printf("%d  x=%.0f y=%.0f  %.0fx%.0f  scale %.2f%s%n", m.index(), m.x(), m.y(), m.width(), m.height(),
                    m.scale(), m.primary() ? "  primary" : "");
        }
        out.flush();
        return 0;
    }
}
