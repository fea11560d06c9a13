package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.invoicing.internal.InvoiceQuery;
import org.neiqin.invoicing.internal.InvoiceReader;
import org.neiqin.invoicing.internal.InvoiceRow;
import org.neiqin.invoicing.internal.InvoiceState;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Invoices and invoice requests: search in numbers and customers, filter by state, sorting, paging, export. */
@Component
public class InvoiceListPage implements ConsolePage {
    static final String LABEL = "neiqin-invoicing";

    @Reference
    private InvoiceReader reader;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 400; }

    @Override
    public String title() { return "Invoices"; }

    @Override
    public String permission() { return InvoicingModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), InvoiceQuery.FILTERS);
        InvoiceQuery q = InvoiceQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<InvoiceRow> result = reader.list(q);
        List<List<Cell>> rows = new ArrayList<>();
        for (InvoiceRow v : result.rows()) {
            rows.add(List.of(Cell.link(v.number() == null ? r.msg("invoice.request", v.id()) : v.number(),
                    InvoicePage.LABEL + "?id=" + v.id()), Cell.of(Labels.choice(r, v.state())), Cell.of(v.documentNumber()),
                    Cell.of(v.customerName()), Cell.of(Labels.choice(r, v.invoiceType())), Cell.of(v.total()),
                    Cell.of(v.issuedOn()), Cell.of(r.time(v.updatedAt()))));
        }
        return Page.of(r.msg("list.title"), new Paragraph(r.msg("list.help")),
                Form.filter(r.msg("filter.apply"), List.of(
                        Field.text("q", r.msg("filter.text"), r.param("q")),
                        Field.select("state", r.msg("column.state"), r.param("state"),
                                Labels.options(r, InvoiceState.class, true)),
                        Field.select("sort", r.msg("filter.sort"), q.sort(), InvoiceQuery.SORTS.stream()
                                .map(s -> new Field.Option(s, r.msg("column." + s))).toList()))),
                new Table(List.of(r.msg("column.number"), r.msg("column.state"), r.msg("column.document"),
                        r.msg("column.customerName"), r.msg("column.invoiceType"), r.msg("column.total"),
                        r.msg("column.issuedOn"), r.msg("column.updatedAt")), rows,
                        new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "invoices")
                        .sortedBy(java.util.Arrays.asList("number", null, null, "customerName", null, "total",
                                "issuedOn", "updatedAt")));
    }
}
