package org.neiqin.expenses.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neiqin.expenses.internal.Category;

/**
 * Category caps: the most a person may claim of a category per line, per day, per month or per year; a cap holds for
 * one login, the holders of a role, or everyone, and either warns (the claim then needs the higher approval) or blocks
 * (the claim is refused). A period's cap adds the person's other claims of the period to this one's lines.
 */
public final class CategoryCaps {
    public enum Per { LINE, DAY, MONTH, YEAR }

    public enum Action { WARN, BLOCK }

    /** One cap as configured: {@code category | per | amount | who | action}; who is *, a login or role:<role>. */
    public record Cap(Category category, Per per, BigDecimal amount, String who, Action action) {
        boolean holdsFor(String login, Set<String> roles) {
            return "*".equals(who) || who.equals(login) || who.startsWith("role:") && roles.contains(who.substring(5));
        }

        /** @return the first day of the period {@code day} falls in */
        public LocalDate periodStart(LocalDate day) {
            return switch (per) {
                case LINE, DAY -> day;
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
            };
        }

        /** @return the last day of the period {@code day} falls in */
        public LocalDate periodEnd(LocalDate day) {
            return switch (per) {
                case LINE, DAY -> day;
                case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
                case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
            };
        }
    }

    /** A line as the caps see it. */
    public record Line(LocalDate day, Category category, BigDecimal amount) {
    }

    /**
     * A cap a line goes over.
     *
     * @param line the line's index in the claim
     * @param total what the period adds up to with this line
     */
    public record Finding(int line, Cap cap, BigDecimal total) {
    }

    /** What the person claimed already: of a category from one day to another, this claim left out. */
    public interface Claimed {
        BigDecimal sum(Category category, LocalDate from, LocalDate to);
    }

    private final List<Cap> caps;

    private CategoryCaps(List<Cap> caps) {
        this.caps = caps;
    }

    /** @throws IllegalArgumentException naming the line that cannot be read */
    public static CategoryCaps parse(List<String> lines) {
        List<Cap> caps = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\\|");
            if (p.length != 5) {
                throw new IllegalArgumentException("a cap is 'category | LINE, DAY, MONTH or YEAR | amount | * or login or"
                        + " role:<role> | WARN or BLOCK': " + line);
            }
            try {
                BigDecimal amount = new BigDecimal(p[2].trim());
                if (amount.signum() < 0 || p[3].isBlank()) {
                    throw new IllegalArgumentException();
                }
                caps.add(new Cap(Category.valueOf(p[0].trim().toUpperCase(Locale.ROOT)),
                        Per.valueOf(p[1].trim().toUpperCase(Locale.ROOT)), amount, p[3].trim(),
                        Action.valueOf(p[4].trim().toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a cap is 'category | LINE, DAY, MONTH or YEAR | amount | * or login or"
                        + " role:<role> | WARN or BLOCK': " + line);
            }
        }
        return new CategoryCaps(List.copyOf(caps));
    }

    public List<Cap> caps() {
        return caps;
    }

    /**
     * @return every cap a line of the claim goes over: a line's own amount against a line cap; against a period cap,
     *         what the person claimed in the period before plus this claim's lines of the period up to this one
     */
    public List<Finding> check(String login, Set<String> roles, List<Line> lines, Claimed claimed) {
        List<Finding> out = new ArrayList<>();
        for (Cap cap : caps) {
            if (!cap.holdsFor(login, roles)) {
                continue;
            }
            Map<LocalDate, BigDecimal> running = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.category() != cap.category() || l.day() == null || l.amount() == null) {
                    continue;
                }
                BigDecimal total;
                if (cap.per() == Per.LINE) {
                    total = l.amount();
                } else {
                    LocalDate start = cap.periodStart(l.day());
                    BigDecimal before = running.computeIfAbsent(start, s -> claimed.sum(cap.category(), s,
                            cap.periodEnd(s)));
                    total = before.add(l.amount());
                    running.put(start, total);
                }
                if (total.compareTo(cap.amount()) > 0) {
                    out.add(new Finding(i, cap, total));
                }
            }
        }
        return out;
    }
}
