package org.neiqin.leads.internal.assign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.neiqin.leads.internal.LeadEntity;

/** What an assignment rule takes and whose turn is next: static and pure, unit-tested without Karaf. */
public final class Rules {
    private Rules() {
    }

    /** @return the logins of a rule's people ({@code "wang, li"}), in order, each once */
    public static List<String> people(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String p : text.split("[,;\\s]+")) {
                if (!p.isBlank()) {
                    out.add(p.trim());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * @return whether a rule of {@code region}, {@code product} and {@code source} (each empty for any) takes the lead:
     *         the same region, a product that contains the rule's (either way round, ignoring case), the same source
     */
    public static boolean takes(String region, String product, String source, LeadEntity lead) {
        return takes(region, product, source, lead.region, lead.product, lead.source == null ? null
                : lead.source.name());
    }

    static boolean takes(String region, String product, String source, String leadRegion, String leadProduct,
            String leadSource) {
        if (!blank(region) && !region.trim().equalsIgnoreCase(leadRegion == null ? "" : leadRegion.trim())) {
            return false;
        }
        if (!blank(product)) {
            String want = product.trim().toLowerCase(Locale.ROOT);
            String have = leadProduct == null ? "" : leadProduct.trim().toLowerCase(Locale.ROOT);
            if (have.isEmpty() || !(have.contains(want) || want.contains(have))) {
                return false;
            }
        }
        return blank(source) || source.trim().equalsIgnoreCase(leadSource == null ? "" : leadSource);
    }

    /** @return the people in the order they are asked this time: from the one after {@code last}, round the list */
    public static List<String> turns(List<String> people, String last) {
        int start = last == null ? 0 : people.indexOf(last) + 1;
        List<String> out = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            out.add(people.get((start + i) % people.size()));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
