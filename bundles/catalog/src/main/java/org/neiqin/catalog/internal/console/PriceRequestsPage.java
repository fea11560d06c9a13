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
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceListService;
import org.neiqin.catalog.internal.prices.PriceRequestData;
import org.neiqin.catalog.internal.prices.PriceRequestService;
import org.neiqin.catalog.internal.prices.PriceRequestState;
import org.neiqin.catalog.internal.prices.PriceViews.PriceRequestView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Unit-price requests (单价申请): those asked, waiting for a manager, approved (with the customer's list they went
 * into) or rejected; a new request for those who prepare prices — the customer and product found by searching, the
 * price asked and the market prices seen.
 */
@Component
public class PriceRequestsPage implements ConsolePage {
    static final String LABEL = "neiqin-price-requests";
    static final String CREATE = "create";

    @Reference
    private PriceRequestService service;
    @Reference
    private PriceListService prices;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                PriceRequestView v = service.request(Forms.bind(PriceRequestData.class,
                        Forms.inCurrency(r::param, prices.currency())));
                return new Action(LABEL, r.msg("request.created", v.productCode(), v.customerName()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 1020; }

    @Override
    public String title() { return CatalogModule.TITLE; }

    @Override
    public String permission() { return CatalogModule.READ; }

    @Override
    public Page render(PageRequest r) {
        PriceRequestState state = Forms.choice(PriceRequestState.class, "state", r.param("state"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PriceRequestView v : service.list(state)) {
            rows.add(List.of(Cell.of(r.time(v.createdAt())), Cell.of(r.person(v.createdBy())), Cell.of(v.customerName()),
                    Cell.of(v.productCode() + " " + v.productName()), Cell.quantity(v.quantity()), Cell.of(v.price()),
                    Cell.of(v.marketPrices()), Cell.of(v.validFrom() + (v.validTo() == null ? " –" : " – " + v.validTo())),
                    v.listId() == null ? Cell.of(Labels.choice(r, v.state())) : Cell.link(Labels.choice(r, v.state()),
                            PriceListPage.LABEL + "?id=" + v.listId())));
        }
        Page page = Page.of(r.msg("requests.title"), Form.filter(r.msg("filter.apply"), List.of(Field.select("state",
                r.msg("column.state"), r.param("state"), Labels.options(r, PriceRequestState.class, true)))),
                new Table(List.of(r.msg("requests.column.asked"), r.msg("requests.column.by"), Labels.field(r, "customerId"),
                        Labels.field(r, "productId"), Labels.field(r, "quantity"), Labels.field(r, "price"),
                        Labels.field(r, "marketPrices"), r.msg("requests.column.valid"), r.msg("column.state")), rows, null,
                        "price-requests"));
        if (security.isPermitted(r.actor(), CatalogModule.PRICES)) {
            List<Field> fields = new ArrayList<>();
            fields.add(actions.field(CREATE));
            for (java.lang.reflect.RecordComponent c : PriceRequestData.class.getRecordComponents()) {
                fields.add(Labels.input(r, c, r.param(c.getName()) == null ? "" : r.param(c.getName()), prices.currency()));
            }
            page = page.with(new Heading(r.msg("requests.new")), Form.action(r.msg("requests.create"), fields));
        }
        return page;
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
