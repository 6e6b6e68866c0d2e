package org.pulsewall.wall;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulsewall.config.VideowallConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each monitor of a videowall looks into the one canvas the playlist is drawn on. The canvas
 * is the grid of monitors plus the frames between them, so a line crossing a bezel continues where
 * it would on a monitor without frames: the strip behind each bezel is simply not shown. Pure
 * geometry in pixels; every monitor of the grid is taken to have the first one's resolution.
 */
public record VideowallLayout(double canvasWidth, double canvasHeight, double bezelPixels, List<Viewport> viewports) {

    private static final Logger LOG = LoggerFactory.getLogger(VideowallLayout.class);

    /** One monitor's part of the canvas: {@code x, y} is the canvas point at the monitor's top-left corner. */
    public record Viewport(MonitorInfo monitor, String name, int column, int row, double x, double y) {
    }

    public VideowallLayout {
        viewports = List.copyOf(viewports);
    }

    /**
     * The layout of {@code config} over the monitors connected now; a monitor of the grid that is
     * not connected leaves its place in the canvas empty (the others keep their part).
     */
    public static Optional<VideowallLayout> of(VideowallConfig config, List<MonitorInfo> connected) {
        List<Optional<MonitorInfo>> cells = config.monitors().stream()
                .map(name -> MonitorAssignment.named(name, connected)).toList();
        Optional<MonitorInfo> first = cells.stream().flatMap(Optional::stream).findFirst();
        if (first.isEmpty()) {
            LOG.warn("videowall at line {}: none of monitors {} is connected", config.line(), config.monitors());
            return Optional.empty();
        }
        double width = first.get().width();
        double height = first.get().height();
        double bezel = bezelPixels(config, width);
        List<Viewport> viewports = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            int column = i % config.columns();
            int row = i / config.columns();
            String name = config.monitors().get(i);
            VideowallConfig.Offset offset = config.offsetOf(name);
            if (cells.get(i).isPresent()) {
                MonitorInfo monitor = cells.get(i).get();
                if (monitor.width() != width || monitor.height() != height) {
                    LOG.warn("videowall: {} differs from {}; it shows a {}x{} part", monitor, first.get(),
                            (int) width, (int) height);
                }
                viewports.add(new Viewport(monitor, name, column, row,
                        column * (width + bezel) + offset.x(), row * (height + bezel) + offset.y()));
            } else {
                LOG.warn("videowall: monitor {} is not connected; its part of the picture is not shown", name);
            }
        }
        return Optional.of(new VideowallLayout(config.columns() * width + (config.columns() - 1) * bezel,
                config.rows() * height + (config.rows() - 1) * bezel, bezel, viewports));
    }

    /** The frame between two pictures in pixels: given directly, or millimetres at the monitor's pixel pitch. */
    static double bezelPixels(VideowallConfig config, double monitorWidthPixels) {
        if (config.bezelPx() > 0) {
            return config.bezelPx();
        }
        if (config.bezelMm() > 0 && config.monitorWidthMm() > 0) {
            return Math.round(config.bezelMm() * monitorWidthPixels / config.monitorWidthMm());
        }
        return 0;
    }

    /** The monitors this layout shows on. */
    public List<MonitorInfo> monitors() {
        return viewports.stream().map(Viewport::monitor).toList();
    }
}
