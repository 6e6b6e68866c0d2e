package org.pulsewall.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    void fitsTheBoxCentredWithNorthUpAndTrueShapeAtItsLatitude() {
        GeoBounds nl = new GeoBounds(3.3, 50.7, 7.3, 53.6);
        Projection p = Projection.fit(nl, 1200, 900, 20);

        assertThat(p.y(53.6)).isLessThan(p.y(50.7));
        assertThat(p.x(7.3)).isGreaterThan(p.x(3.3));
        double width = p.x(7.3) - p.x(3.3);
        double height = p.y(50.7) - p.y(53.6);
        assertThat(width / height).isCloseTo(4.0 * Math.cos(Math.toRadians(52.15)) / 2.9, within(1e-9));
        assertThat(height).as("the taller side fills the area less margins").isCloseTo(860, within(1e-6));
        assertThat((p.x(3.3) + p.x(7.3)) / 2).isCloseTo(600, within(1e-6));
        assertThat((p.y(50.7) + p.y(53.6)) / 2).isCloseTo(450, within(1e-6));
    }

    @Test
    void aWideAreaIsLimitedByItsWidth() {
        Projection p = Projection.fit(new GeoBounds(0, 0, 10, 1), 500, 500, 0);
        assertThat(p.x(10) - p.x(0)).isCloseTo(500, within(1e-6));
        assertThat(p.y(0) - p.y(1)).isLessThan(500);
    }
}
