package org.neiqin.api.console;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bar chart of one series: one bar per label, scaled to the largest value. Drawn by the
 * toolkit without scripts, so it prints and needs nothing from the network.
 *
 * @param title what the chart shows
 * @param bars the bars, in order
 * @since 0.1
 */
public record Chart(String title, List<Bar> bars) implements Block {
    public Chart {
        bars = List.copyOf(bars);
    }

    /**
     * One bar.
     *
     * @param label what the bar stands for
     * @param value its length (negative values are drawn as zero)
     * @param text the value as the reader should see it (e.g. formatted with a unit)
     */
    public record Bar(String label, BigDecimal value, String text) {
    }
}
