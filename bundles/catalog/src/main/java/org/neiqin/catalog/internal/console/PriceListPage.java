package org.neiqin.catalog.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.console.Table;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceListData;
import org.neiqin.catalog.internal.prices.PriceListService;
import org.neiqin.catalog.internal.prices.PriceViews.PriceListView;
import org.neiqin.catalog.internal.prices.PriceViews.VersionSummary;
import org.neiqin.catalog.internal.prices.PriceViews.VersionView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** One price list: whom it is for, its versions (in force, waiting for their date, replaced), a new version, its history. */
@Component
public class PriceListPage implements ConsolePage {
    static final String LABEL = "neiqin-price-list";
    static final String UPDATE = "update";
    static final String NEW_VERSION = "newVersion";

    @Reference
    private PriceListService service;
    @Reference
    private SecurityService security;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerDirectory customers;

    private final PageActions actions = new PageActions()
            .on(UPDATE, r -> {
                long id = r.number("id");
                service.updateList(id, (int) r.number("version"), Forms.bind(PriceListData.class, r::param));
                return new Action(LABEL + "?id=" + id, r.msg("prices.list.saved"));
            })
            .on(NEW_VERSION, r -> {
                VersionView v = service.newVersion(r.number("id"));
                return new Action(PriceVersionPage.LABEL + "?id=" + v.id(), r.msg("prices.version.started", v.number()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return CatalogModule.TITLE; }

    @Override
    public String permission() { return CatalogModule.READ; }

    @Override
    public Page render(PageRequest r) {
        PriceListView l = service.getList(r.number("id"));
        List<Properties.Property> head = new ArrayList<>();
        head.add(new Properties.Property(r.msg("prices.column.scope"), PriceListsPage.scope(r, l.data(), customers)));
        if (l.data().season() != null) {
            head.add(new Properties.Property(Labels.field(r, "season"), l.data().season()));
        }
        head.add(new Properties.Property(r.msg("prices.currency"), l.currency()));
        VersionSummary now = l.inForce().orElse(null);
        Page page = Page.of(l.data().code() + " " + l.data().name(),
                new Links(List.of(new Link(r.msg("prices.back"), PriceListsPage.LABEL))),
                new RecordHeader(l.data().code(), now == null ? r.msg("prices.none") : r.msg("prices.versionSince",
                        now.number(), now.effectiveFrom()), now == null ? RecordHeader.Tone.WARN : RecordHeader.Tone.GOOD,
                        head));
        List<List<Cell>> rows = new ArrayList<>();
        for (VersionSummary v : l.versions()) {
            rows.add(List.of(Cell.link(r.msg("prices.versionNo", v.number()), PriceVersionPage.LABEL + "?id=" + v.id()),
                    Cell.of(v.effectiveFrom()), Cell.of(Labels.choice(r, v.status())), Cell.quantity(
                            java.math.BigDecimal.valueOf(v.entries()))));
        }
        page = page.with(new Heading(r.msg("prices.versions")), new Table(List.of(r.msg("prices.column.version"),
                Labels.field(r, "effectiveFrom"), r.msg("column.state"), r.msg("prices.column.entries")), rows, null, null));
        boolean write = security.isPermitted(r.actor(), CatalogModule.PRICES);
        if (write) {
            page = page.with(Form.action(r.msg("prices.version.new"), List.of(actions.field(NEW_VERSION),
                    Field.hidden("id", String.valueOf(l.id())))));
            List<Field> fields = new ArrayList<>();
            fields.add(actions.field(UPDATE));
            fields.add(Field.hidden("id", String.valueOf(l.id())));
            fields.add(Field.hidden("version", String.valueOf(l.version())));
            Map<String, String> values = Forms.strings(l.data());
            fields.addAll(Labels.inputs(r, PriceListData.class, values::get));
            page = page.with(new Heading(r.msg("prices.list.edit")), Form.action(r.msg("prices.list.save"), fields));
        }
        List<AuditEntry> history = new ArrayList<>(service.listHistory(l.id()));
        Collections.reverse(history);
        return page.with(new Heading(r.msg("product.history")), new AuditTrail(history));
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
