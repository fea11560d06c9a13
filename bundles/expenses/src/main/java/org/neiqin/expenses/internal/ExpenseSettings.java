package org.neiqin.expenses.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Arrays;

import org.neiqin.expenses.internal.rules.CategoryCaps;
import org.neiqin.expenses.internal.rules.TravelStandards;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The company's expense rules ({@code etc/org.neiqin.expenses.cfg}): travel standards by grade and city tier, category
 * caps, the amount from which a claim needs the higher approval, whether a new advance waits until the last is settled,
 * and the deadlines of verification and settlement. A table that cannot be read stops the module with the reason in
 * the log rather than dropping a standard or a cap.
 */
@Component(service = ExpenseSettings.class, configurationPid = ExpenseSettings.PID)
@Designate(ocd = ExpenseSettings.Config.class)
public class ExpenseSettings {
    static final String PID = "org.neiqin.expenses";
    /** The audit entity id of the rules' history (entity {@link ExpensesModule#RULES}). */
    public static final String RULES_ID = "etc/org.neiqin.expenses.cfg";

    @ObjectClassDefinition(name = "Neiqin expenses")
    public @interface Config {
        @AttributeDefinition(description = "Travel standards, each 'grade | city tier | lodging per night | meals per day"
                + " | transport per day'")
        String[] travelStandards() default {"A | 1 | 800 | 200 | 150", "A | 2 | 600 | 150 | 100", "A | 3 | 450 | 120 | 80",
            "B | 1 | 500 | 120 | 100", "B | 2 | 400 | 100 | 80", "B | 3 | 300 | 80 | 60",
            "C | 1 | 400 | 100 | 80", "C | 2 | 300 | 80 | 60", "C | 3 | 250 | 60 | 50"};

        @AttributeDefinition(description = "City tiers, each 'tier | city, city, ...'")
        String[] cityTiers() default {"1 | 北京, 上海, 广州, 深圳", "2 | 沈阳, 大连, 天津, 南京, 杭州, 武汉, 成都, 西安, 重庆, 青岛, 长春, 哈尔滨"};

        @AttributeDefinition(description = "The tier of a city no line names")
        String otherTier() default "3";

        @AttributeDefinition(description = "The share of a day a part day (leaving or coming back) counts for meals and"
                + " transport: days are claimed in steps of it")
        String partDay() default "0.5";

        @AttributeDefinition(description = "Category caps, each 'category | LINE, DAY, MONTH or YEAR | amount | * or a"
                + " login or role:<role> | WARN or BLOCK'")
        String[] caps() default {"ENTERTAINMENT | DAY | 1000 | * | WARN", "ENTERTAINMENT | MONTH | 5000 | * | BLOCK",
            "COURIER | MONTH | 800 | * | WARN", "PRINTING | LINE | 3000 | * | WARN"};

        @AttributeDefinition(description = "A claim totalling this or more needs the higher approval too")
        String higherFrom() default "5000";

        @AttributeDefinition(description = "No new advance while the person has one not settled (前款不清后款不借)")
        boolean oneOpenAdvance() default true;

        @AttributeDefinition(description = "An application is verified within this after its activity ends (ISO period)")
        String verifyWithin() default "P30D";

        @AttributeDefinition(description = "A trip advance is settled within this after the trip ends; the monthly float"
                + " by the end of the month it was paid in")
        String settleTripWithin() default "P10D";
    }

    /** The rules as last read, to tell what a change of the file changed. */
    private volatile java.util.Map<String, String> read = java.util.Map.of();
    private final org.neiqin.api.audit.AuditService audit;
    private volatile TravelStandards standards;
    private volatile CategoryCaps caps;
    private volatile BigDecimal higherFrom;
    private volatile boolean oneOpenAdvance;
    private volatile Period verifyWithin;
    private volatile Period settleTripWithin;

    @Activate
    public ExpenseSettings(Config config, @org.osgi.service.component.annotations.Reference
            org.neiqin.api.audit.AuditService audit) {
        this.audit = audit;
        apply(config);
    }

    /**
     * The file changed: the new rules hold for what is submitted from now on (nothing approved is judged again), and the
     * change is written in the rules' history with the values before and after.
     */
    @Modified
    void modified(Config c) {
        java.util.Map<String, String> before = read;
        apply(c);
        java.util.Map<String, Object> old = new java.util.LinkedHashMap<>();
        java.util.Map<String, Object> now = new java.util.LinkedHashMap<>();
        read.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                old.put(k, before.get(k));
                now.put(k, v);
            }
        });
        if (!now.isEmpty()) {
            audit.record(ExpensesModule.ID, ExpensesModule.RULES, RULES_ID, org.neiqin.api.audit.AuditAction.UPDATE, old,
                    now);
        }
    }

    private void apply(Config c) {
        TravelStandards s = TravelStandards.parse(Arrays.asList(c.travelStandards()), Arrays.asList(c.cityTiers()),
                c.otherTier(), c.partDay());
        CategoryCaps k = CategoryCaps.parse(Arrays.asList(c.caps()));
        BigDecimal h;
        try {
            h = new BigDecimal(c.higherFrom().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("higherFrom is an amount: " + c.higherFrom());
        }
        Period v = Period.parse(c.verifyWithin().trim());
        Period t = Period.parse(c.settleTripWithin().trim());
        standards = s;
        caps = k;
        higherFrom = h;
        oneOpenAdvance = c.oneOpenAdvance();
        verifyWithin = v;
        settleTripWithin = t;
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("travelStandards", String.join("; ", c.travelStandards()));
        values.put("cityTiers", String.join("; ", c.cityTiers()));
        values.put("otherTier", c.otherTier());
        values.put("partDay", c.partDay());
        values.put("caps", String.join("; ", c.caps()));
        values.put("higherFrom", c.higherFrom());
        values.put("oneOpenAdvance", String.valueOf(c.oneOpenAdvance()));
        values.put("verifyWithin", c.verifyWithin());
        values.put("settleTripWithin", c.settleTripWithin());
        read = values;
    }

    public TravelStandards standards() {
        return standards;
    }

    public CategoryCaps caps() {
        return caps;
    }

    public BigDecimal higherFrom() {
        return higherFrom;
    }

    public boolean oneOpenAdvance() {
        return oneOpenAdvance;
    }

    public Period verifyWithin() {
        return verifyWithin;
    }

    public Period settleTripWithin() {
        return settleTripWithin;
    }
}
