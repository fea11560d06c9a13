package org.neiqin.catalog.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
import org.neiqin.api.error.FieldError;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceEntryData;
import org.neiqin.catalog.internal.prices.PriceListService;
import org.neiqin.catalog.internal.prices.PriceVersionState;
import org.neiqin.catalog.internal.prices.PriceViews.EntryView;
import org.neiqin.catalog.internal.prices.PriceViews.PriceStatus;
import org.neiqin.catalog.internal.prices.PriceViews.VersionView;
import org.neiqin.catalog.internal.prices.VersionHeader;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One version of a price list. A draft is prepared here (its date of effect, its prices as a grid with the product
 * found by searching) and sent to review; any other is shown as it is — an approved version never changes — with its
 * prices exported exactly as they were approved (CSV, Excel).
 */
@Component
public class PriceVersionPage implements ConsolePage {
    static final String LABEL = "neiqin-price-version";
    static final String SAVE = "save";
    static final String SUBMIT = "submit";

    @Reference
    private PriceListService service;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(SAVE, r -> {
                long id = r.number("id");
                VersionView before = service.getVersion(id);
                List<FieldError> errors = new ArrayList<>();
                VersionHeader header = Forms.bind(VersionHeader.class, r::param, errors);
                List<PriceEntryData> entries = Forms.bindRows(PriceEntryData.class, "entries",
                        Forms.inCurrency(r::param, before.currency()), r.paramNames(), errors);
                Forms.require(errors);
                service.updateVersion(id, (int) r.number("version"), header, entries);
                return new Action(LABEL + "?id=" + id, r.msg("prices.version.saved"));
            })
            .on(SUBMIT, r -> {
                VersionView v = service.submit(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("prices.version.submitted", v.number()));
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
        VersionView v = service.getVersion(r.number("id"));
        List<Properties.Property> head = new ArrayList<>();
        head.add(new Properties.Property(Labels.field(r, "effectiveFrom"), String.valueOf(v.header().effectiveFrom())));
        head.add(new Properties.Property(r.msg("prices.column.entries"), String.valueOf(v.entries().size())));
        head.add(new Properties.Property(r.msg("column.updatedAt"), r.time(v.updatedAt()) + " " + r.person(v.updatedBy())));
        if (v.header().note() != null) {
            head.add(new Properties.Property(Labels.field(r, "note"), v.header().note()));
        }
        Page page = Page.of(r.msg("prices.version.title", v.listCode(), v.listName(), v.number()),
                new Links(List.of(new Link(r.msg("prices.backToList", v.listCode()), PriceListPage.LABEL + "?id="
                        + v.listId()))),
                new RecordHeader(v.listCode() + " · " + r.msg("prices.versionNo", v.number()), Labels.choice(r, v.status()),
                        v.status() == PriceStatus.IN_FORCE ? RecordHeader.Tone.GOOD : v.status() == PriceStatus.SUPERSEDED
                                ? RecordHeader.Tone.NEUTRAL : RecordHeader.Tone.WARN, head));
        boolean write = security.isPermitted(r.actor(), CatalogModule.PRICES);
        if (v.state() == PriceVersionState.DRAFT && write) {
            List<Field> fields = new ArrayList<>();
            fields.add(actions.field(SAVE));
            fields.add(Field.hidden("id", String.valueOf(v.id())));
            fields.add(Field.hidden("version", String.valueOf(v.version())));
            fields.addAll(Labels.inputs(r, VersionHeader.class, n -> Forms.strings(v.header()).get(n)));
            List<PriceEntryData> entries = v.entries().stream().map(EntryView::data).toList();
            fields.add(Labels.grid(r, "entries", PriceEntryData.class, entries, true, v.currency()));
            page = page.with(Form.action(r.msg("prices.version.save"), fields), Form.action(r.msg("prices.version.submit"),
                    List.of(actions.field(SUBMIT), Field.hidden("id", String.valueOf(v.id())),
                            Field.hidden("version", String.valueOf(v.version())))));
        } else {
            List<List<Cell>> rows = new ArrayList<>();
            for (EntryView e : v.entries()) {
                rows.add(List.of(Cell.of(e.lineNo()), Cell.of(e.productCode()), Cell.of(e.productName()), Cell.of(e.unit()),
                        Cell.of(e.price()), Cell.of(e.validFrom()), Cell.of(e.validTo())));
            }
            page = page.with(new Table(List.of("#", r.msg("prices.column.productCode"), r.msg("prices.column.productName"),
                    r.msg("prices.column.unit"), Labels.field(r, "price") + " (" + v.currency() + ")",
                    Labels.field(r, "validFrom"), Labels.field(r, "validTo")), rows, null,
                    "price-list-" + v.listCode() + "-v" + v.number()));
        }
        List<AuditEntry> history = new ArrayList<>(service.versionHistory(v.id()));
        Collections.reverse(history);
        return page.with(new Heading(r.msg("product.history")), new AuditTrail(history));
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
