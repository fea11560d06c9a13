package org.neiqin.expenses.internal.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neiqin.expenses.internal.Category;

/**
 * The travel standards (差旅费标准): per employee grade and city tier, the most a night's lodging, a day's meals and
 * a day's local transport may cost. Cities are of tier 1, 2 or a default tier; a part day (the day one leaves or comes
 * back) counts as {@code partDay} of a day. Read from the module's configuration, never coded.
 */
public final class TravelStandards {
    /** Grade → tier → [lodging, meals, transport]. */
    private final Map<String, Map<String, BigDecimal[]>> caps;
    private final Map<String, String> tierOfCity;
    private final String otherTier;
    private final BigDecimal partDay;

    private TravelStandards(Map<String, Map<String, BigDecimal[]>> caps, Map<String, String> tierOfCity, String otherTier,
            BigDecimal partDay) {
        this.caps = caps;
        this.tierOfCity = tierOfCity;
        this.otherTier = otherTier;
        this.partDay = partDay;
    }

    /**
     * @param standards each {@code grade | tier | lodging | meals | transport}
     * @param tiers each {@code tier | city, city, …}
     * @param otherTier the tier of a city no line names
     * @param partDay the share of a day a part day counts (0.5)
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static TravelStandards parse(List<String> standards, List<String> tiers, String otherTier, String partDay) {
        Map<String, Map<String, BigDecimal[]>> caps = new LinkedHashMap<>();
        for (String line : standards) {
            String[] p = line.split("\\|");
            if (p.length != 5) {
                throw new IllegalArgumentException("a travel standard is 'grade | tier | lodging | meals | transport': "
                        + line);
            }
            BigDecimal[] amounts = new BigDecimal[3];
            for (int i = 0; i < 3; i++) {
                amounts[i] = amount(p[2 + i].trim(), line);
            }
            caps.computeIfAbsent(p[0].trim(), g -> new LinkedHashMap<>()).put(p[1].trim(), amounts);
        }
        Map<String, String> cityTier = new HashMap<>();
        for (String line : tiers) {
            String[] p = line.split("\\|");
            if (p.length != 2 || p[0].isBlank()) {
                throw new IllegalArgumentException("a city tier is 'tier | city, city, …': " + line);
            }
            for (String city : p[1].split("[,，、]")) {
                if (!city.isBlank()) {
                    cityTier.put(city.trim(), p[0].trim());
                }
            }
        }
        BigDecimal part;
        try {
            part = new BigDecimal(partDay.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("partDay is a share of a day between 0 and 1: " + partDay);
        }
        if (part.signum() <= 0 || part.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("partDay is a share of a day between 0 and 1: " + partDay);
        }
        return new TravelStandards(caps, cityTier, otherTier.trim(), part);
    }

    private static BigDecimal amount(String s, String line) {
        try {
            BigDecimal a = new BigDecimal(s);
            if (a.signum() < 0) {
                throw new NumberFormatException();
            }
            return a;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is no amount in the travel standard " + line);
        }
    }

    /** @return the tier of {@code city} (the default tier for a city no line names) */
    public String tier(String city) {
        return city == null ? otherTier : tierOfCity.getOrDefault(city.trim(), otherTier);
    }

    /** @return the share of a day a part day counts */
    public BigDecimal partDay() {
        return partDay;
    }

    /** @return whether {@code days} is a whole number of days and part days (2.5 with part days of a half) */
    public boolean countable(BigDecimal days) {
        return days.signum() > 0 && days.remainder(partDay).signum() == 0;
    }

    /**
     * @return the most {@code days} nights or days of {@code category} may cost in {@code city} for {@code grade}; empty
     *         when the category has no standard or the grade none for the city's tier (nothing to judge by)
     */
    public Optional<BigDecimal> cap(String grade, Category category, String city, BigDecimal days) {
        if (!category.hasStandard() || grade == null || days == null) {
            return Optional.empty();
        }
        BigDecimal[] a = caps.getOrDefault(grade, Map.of()).get(tier(city));
        if (a == null) {
            return Optional.empty();
        }
        BigDecimal rate = a[category == Category.LODGING ? 0 : category == Category.MEALS ? 1 : 2];
        return Optional.of(rate.multiply(days).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** @return the standards as lines {@code grade, tier, lodging, meals, transport}, for the page that shows them */
    public List<List<String>> table() {
        List<List<String>> rows = new java.util.ArrayList<>();
        caps.forEach((grade, tiers) -> tiers.forEach((tier, a) -> rows.add(List.of(grade, tier, a[0].toPlainString(),
                a[1].toPlainString(), a[2].toPlainString()))));
        return rows;
    }

    /** @return tier → its cities, for the page that shows them */
    public Map<String, List<String>> cities() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        tierOfCity.forEach((city, tier) -> out.computeIfAbsent(tier, t -> new java.util.ArrayList<>()).add(city));
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    public String otherTier() {
        return otherTier;
    }
}
