package org.neiqin.catalog.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceListData;
import org.neiqin.catalog.internal.prices.PriceListService;
import org.neiqin.catalog.internal.prices.PriceViews.PriceListView;
import org.neiqin.catalog.internal.prices.PriceViews.PriceStatus;
import org.neiqin.catalog.internal.prices.PriceViews.VersionSummary;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The price lists (价目表): whom each is for, the version in force today and since when, the next one waiting for its
 * date; a new list for those who prepare prices.
 */
@Component
public class PriceListsPage implements ConsolePage {
    static final String LABEL = "neiqin-price-lists";
    static final String CREATE = "create";

    @Reference
    private PriceListService service;
    @Reference
    private SecurityService security;
    /** With the customer files installed, a customer's list names the customer. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile CustomerDirectory customers;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                PriceListView v = service.createList(Forms.bind(PriceListData.class, r::param));
                return new Action(PriceListPage.LABEL + "?id=" + v.id(), r.msg("prices.list.created", v.data().code()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 1010; }

    @Override
    public String title() { return CatalogModule.TITLE; }

    @Override
    public String permission() { return CatalogModule.READ; }

    @Override
    public Page render(PageRequest r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PriceListView l : service.lists()) {
            VersionSummary now = l.inForce().orElse(null);
            VersionSummary next = l.versions().stream().filter(v -> v.status() == PriceStatus.SCHEDULED)
                    .reduce((a, b) -> b).orElse(null);
            rows.add(List.of(Cell.link(l.data().code(), PriceListPage.LABEL + "?id=" + l.id()), Cell.of(l.data().name()),
                    Cell.of(scope(r, l.data(), customers)), Cell.of(l.data().season()),
                    now == null ? Cell.of(r.msg("prices.none")) : Cell.link(r.msg("prices.versionSince", now.number(),
                            now.effectiveFrom()), PriceVersionPage.LABEL + "?id=" + now.id()),
                    next == null ? Cell.of("") : Cell.link(r.msg("prices.versionFrom", next.number(), next.effectiveFrom()),
                            PriceVersionPage.LABEL + "?id=" + next.id())));
        }
        Page page = Page.of(r.msg("prices.title"), new Table(List.of(r.msg("prices.column.code"), r.msg("prices.column.name"),
                r.msg("prices.column.scope"), Labels.field(r, "season"), r.msg("prices.column.inForce"),
                r.msg("prices.column.next")), rows, null, "price-lists"));
        if (security.isPermitted(r.actor(), CatalogModule.PRICES)) {
            List<Field> fields = new ArrayList<>();
            fields.add(actions.field(CREATE));
            fields.addAll(Labels.inputs(r, PriceListData.class, n -> r.param(n) == null ? "" : r.param(n)));
            page = page.with(new Heading(r.msg("prices.list.new")), Form.action(r.msg("prices.list.create"), fields));
        }
        return page;
    }

    /** @return whom a list is for, in words: a customer, a grade and/or region, or everyone (the default list) */
    static String scope(PageRequest r, PriceListData d, CustomerDirectory customers) {
        if (d.customerId() != null) {
            String who = "#" + d.customerId();
            try {
                who = customers == null ? who : customers.find(d.customerId()).map(c -> c.code() + " " + c.fullName())
                        .orElse(who);
            } catch (RuntimeException unreadable) {
                // a reader without the customer files' permission sees the customer's number
            }
            return r.msg("prices.scope.customer", who);
        }
        List<String> parts = new ArrayList<>();
        if (d.grade() != null) {
            parts.add(Labels.choice(r, d.grade()));
        }
        if (d.region() != null) {
            parts.add(r.region(d.region()));
        }
        return parts.isEmpty() ? r.msg("prices.scope.default") : String.join(" · ", parts);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
