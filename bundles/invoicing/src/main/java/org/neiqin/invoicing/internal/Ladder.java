package org.neiqin.invoicing.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The collection ladder (催款) measured from an invoice's due date: each step is reached on the first day the invoice
 * is past due by more than the step's period (ISO periods: {@code P0D}, {@code P7D}, {@code P1M} — one calendar
 * month, so an invoice due on 31 January is past due + 1 month from 1 March). By default the back office reminds the
 * salesperson from the first day past due, the salesperson files an overdue report from due + 8 days, and the
 * overdue letter with a statement of account goes to the customer the day after due + 1 month, which also puts the
 * customer on credit stop.
 */
public final class Ladder {
    /** A step of the ladder, in the order they come. */
    public enum Step {
        /** The back office reminds the salesperson (提醒业务员), by mail where the salesperson has an address. */
        REMIND,
        /** The salesperson files an overdue report (未回款报告单): why, and the date the customer promised. */
        REPORT,
        /** The overdue letter and a statement of account go to the customer (逾期回款函 + 对账单). */
        LETTER
    }

    private final Map<Step, Period> after;
    private final Step stopAt;

    /**
     * @param after how far past due each step is reached
     * @param stopAt the step from which the customer is on credit stop, or {@code null} for none
     */
    public Ladder(Map<Step, Period> after, Step stopAt) {
        this.after = new EnumMap<>(after);
        this.stopAt = stopAt;
        for (Step s : Step.values()) {
            if (!this.after.containsKey(s) || this.after.get(s).isNegative()) {
                throw new IllegalArgumentException("the collection ladder needs a period of 0 days or more for " + s);
            }
        }
    }

    /** @return the ladder read from the settings' texts, or why they are not one */
    public static Ladder parse(String remind, String report, String letter, String stopAt) {
        Map<Step, Period> after = new EnumMap<>(Step.class);
        after.put(Step.REMIND, period("remindAfter", remind));
        after.put(Step.REPORT, period("reportAfter", report));
        after.put(Step.LETTER, period("letterAfter", letter));
        String stop = stopAt == null ? "" : stopAt.trim().toUpperCase(Locale.ROOT);
        Step at;
        if (stop.isEmpty() || "NONE".equals(stop)) {
            at = null;
        } else {
            try {
                at = Step.valueOf(stop);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("creditStopAt = " + stopAt + " is not REMIND, REPORT, LETTER or NONE");
            }
        }
        return new Ladder(after, at);
    }

    private static Period period(String key, String text) {
        try {
            return Period.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(key + " = " + text + " is not a period such as P0D, P7D or P1M");
        }
    }

    /** @return the first day on which an invoice due on {@code due} has reached {@code step} */
    public LocalDate reachedOn(LocalDate due, Step step) {
        return due.plus(after.get(step)).plusDays(1);
    }

    /** @return the steps an invoice due on {@code due} has reached on {@code today}, in order */
    public List<Step> reached(LocalDate due, LocalDate today) {
        List<Step> out = new ArrayList<>();
        for (Step s : Step.values()) {
            if (!today.isBefore(reachedOn(due, s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** @return the step from which the customer is on credit stop, if any */
    public Optional<Step> stopAt() {
        return Optional.ofNullable(stopAt);
    }

    /** @return how far past due {@code step} is reached */
    public Period after(Step step) {
        return after.get(step);
    }

    /** @return how far past due {@code step} is reached, in words: "7 days", "1 month" (zh: 7 天, 1 个月) */
    public String words(Step step, boolean zh) {
        Period p = after.get(step).normalized();
        List<String> parts = new ArrayList<>();
        if (p.getYears() > 0) {
            parts.add(p.getYears() + (zh ? " 年" : p.getYears() == 1 ? " year" : " years"));
        }
        if (p.getMonths() > 0) {
            parts.add(p.getMonths() + (zh ? " 个月" : p.getMonths() == 1 ? " month" : " months"));
        }
        if (p.getDays() > 0 || parts.isEmpty()) {
            parts.add(p.getDays() + (zh ? " 天" : p.getDays() == 1 ? " day" : " days"));
        }
        return String.join(zh ? "" : " ", parts);
    }
}
