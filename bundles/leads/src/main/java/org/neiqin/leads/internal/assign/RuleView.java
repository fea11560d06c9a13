package org.neiqin.leads.internal.assign;

import java.util.List;

/** A rule as shown: its data, whose turn it was last, and each person's open leads against their cap. */
public record RuleView(long id, int version, RuleData data, String lastTurn, List<Holding> people) {
    /** One of the rule's people: active or not, how many open leads they hold, their cap. */
    public record Holding(String login, boolean active, int holding, int cap) {
    }
}
