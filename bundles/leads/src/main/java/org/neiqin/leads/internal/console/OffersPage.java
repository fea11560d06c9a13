package org.neiqin.leads.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.offers.OfferService;
import org.neiqin.leads.internal.offers.OfferView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The investment offers: those published on the public page first, with the leads each brought. */
@Component
public class OffersPage implements ConsolePage {
    static final String LABEL = "neiqin-lead-offers";

    @Reference
    private OfferService offers;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Investment offers"; }

    @Override
    public String permission() { return LeadsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of());
        List<List<Cell>> rows = new ArrayList<>();
        for (OfferView o : offers.list()) {
            rows.add(List.of(Cell.link(o.code(), OfferPage.LABEL + "?id=" + o.id()), Cell.of(o.data().title()),
                    Cell.of(Labels.choice(r, o.data().kind())), Cell.of(r.region(o.data().region())),
                    Cell.of(Labels.choice(r, o.state())), Cell.of(o.publishedAt() == null ? "" : r.time(o.publishedAt())),
                    Cell.of(o.leads())));
        }
        return Page.of(r.msg("title.neiqin-lead-offers"), LeadLinks.of(r, new Link(r.msg("offer.new"), OfferPage.LABEL)),
                new Notice(Notice.Level.INFO, r.msg("offer.publicPage", NeiqinRest.PUBLIC_PATH + "/leads")),
                new Table(List.of(r.msg("column.code"), Labels.field(r, "title"), Labels.field(r, "kind"),
                        Labels.field(r, "region"), Labels.field(r, "state"), r.msg("column.publishedAt"),
                        r.msg("column.leads")), rows, null, "offers"));
    }
}
