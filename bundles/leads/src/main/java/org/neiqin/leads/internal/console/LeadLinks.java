package org.neiqin.leads.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.PageRequest;

/** The way between the leads' pages, drawn at the top of each. */
final class LeadLinks {
    private LeadLinks() {
    }

    static Links of(PageRequest r, Link... first) {
        List<Link> links = new ArrayList<>(List.of(first));
        links.add(new Link(r.msg("title.neiqin-leads"), LeadsPage.LABEL));
        links.add(new Link(r.msg("leads.pool"), LeadsPage.LABEL + "?pool=true"));
        links.add(new Link(r.msg("title.neiqin-lead-offers"), OffersPage.LABEL));
        links.add(new Link(r.msg("title.neiqin-lead-rules"), RulesPage.LABEL));
        links.add(new Link(r.msg("title.neiqin-lead-intelligence"), IntelligencePage.LABEL));
        links.add(new Link(r.msg("title.neiqin-lead-reports"), LeadReportsPage.LABEL));
        return new Links(links);
    }
}
