package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.security.SecurityService;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentQuery;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentRow;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contract ledger (合同台账): quotations, orders and contracts with filters, paging and CSV export. */
@Component
public class DocumentsPage implements ConsolePage {
    @Reference
    private DocumentReader reader;
    @Reference
    private SecurityService security;

    @Override
    public String label() { return "neiqin-contracts"; }

    @Override
    public int menuOrder() { return 200; }

    @Override
    public String title() { return "Contracts and orders"; }

    @Override
    public String permission() { return ContractsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), DocumentQuery.FILTERS);
        DocumentQuery query = DocumentQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<DocumentRow> result = reader.list(query);
        List<List<Cell>> rows = new ArrayList<>();
        for (DocumentRow v : result.rows()) {
            rows.add(List.of(Cell.link(DocumentPage.number(r, v.number()), "neiqin-contract?id=" + v.id()),
                    Cell.of(Labels.choice(r, v.kind())), Cell.of(Labels.choice(r, v.state())), Cell.of(v.customerName()),
                    Cell.of(v.documentDate()), Cell.of(v.deliveryDate()), Cell.of(r.person(v.salesperson())),
                    Cell.of(r.region(v.region())), Cell.of(v.total()), Cell.of(v.revision())));
        }
        List<Link> create = new ArrayList<>();
        // finance and auditors read the ledger; only those who prepare documents are offered to
        for (DocumentKind k : security.isPermitted(r.actor(), ContractsModule.WRITE) ? DocumentKind.values()
                : new DocumentKind[0]) {
            create.add(new Link(r.msg("documents.new", Labels.choice(r, k)), "neiqin-contract-edit?kind=" + k.name()));
        }
        return Page.of(r.msg("documents.title"), new Links(create),
                new Links(List.of(new Link(r.msg("stats.title"), "neiqin-contract-stats"),
                        new Link(r.msg("receivables.title"), "neiqin-contract-stats?tab=receivables"),
                        new Link(r.msg("stockups.title"), "neiqin-contract-stats?tab=stock-ups"))),
                Form.filter(r.msg("filter.apply"), List.of(
                        Field.text("q", r.msg("filter.text"), r.param("q")),
                        Field.select("kind", r.msg("field.kind"), r.param("kind"), Labels.options(r, DocumentKind.class, true)),
                        Field.select("state", r.msg("field.state"), r.param("state"),
                                Labels.options(r, DocumentState.class, true)),
                        Field.text("salesperson", Labels.field(r, "salesperson"), r.param("salesperson")),
                        Labels.regionFilter(r),
                        new Field("from", r.msg("filter.from"), Field.Type.DATE, r.param("from"), List.of(), false),
                        new Field("to", r.msg("filter.to"), Field.Type.DATE, r.param("to"), List.of(), false),
                        Field.select("sort", r.msg("filter.sort"), query.sort(), DocumentQuery.SORTS.stream()
                                .map(s -> new Field.Option(s, sortLabel(r, s))).toList()))),
                new Table(List.of(r.msg("field.number"), r.msg("field.kind"), r.msg("field.state"),
                        r.msg("field.customer"), Labels.field(r, "documentDate"), Labels.field(r, "deliveryDate"),
                        Labels.field(r, "salesperson"), Labels.field(r, "region"), r.msg("field.total"),
                        r.msg("field.revision")), rows,
                        new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "contracts")
                        .sortedBy(java.util.Arrays.asList("number", null, null, "customerName", "documentDate", "deliveryDate",
                                null, null, "total", null)));
    }

    private static String sortLabel(PageRequest r, String column) {
        switch (column) {
            case "number": return r.msg("field.number");
            case "customerName": return r.msg("field.customer");
            case "total": return r.msg("field.total");
            case "updatedAt": return r.msg("field.updatedAt");
            default: return Labels.field(r, column);
        }
    }
}
