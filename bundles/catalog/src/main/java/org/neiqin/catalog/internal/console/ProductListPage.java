package org.neiqin.catalog.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.ProductState;
import org.neiqin.catalog.internal.ProductQuery;
import org.neiqin.catalog.internal.ProductRow;
import org.neiqin.catalog.internal.ProductService;
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
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalogue: search in code, name and specification, filters by group and state, sorting, paging, CSV and Excel export. */
@Component
public class ProductListPage implements ConsolePage {
    static final String LABEL = "neiqin-catalog";

    @Reference
    private ProductService service;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 1000; }

    @Override
    public String title() { return CatalogModule.TITLE; }

    @Override
    public String permission() { return CatalogModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), ProductQuery.FILTERS);
        ProductQuery q = ProductQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<ProductRow> result = service.list(q);
        List<List<Cell>> rows = new ArrayList<>();
        for (ProductRow v : result.rows()) {
            rows.add(List.of(Cell.link(v.code(), ProductPage.LABEL + "?id=" + v.id()), Cell.of(v.name()),
                    Cell.of(v.spec()), Cell.of(v.unit()), Cell.of(v.productGroup()), Cell.of(v.taxCode()),
                    Cell.of(Labels.choice(r, v.state())), Cell.of(r.time(v.updatedAt()))));
        }
        return Page.of(r.msg("list.title"),
                new Links(List.of(new Link(r.msg("list.new"), ProductPage.LABEL + "?new=1"),
                        new Link(r.msg("list.import"), ProductImportPage.LABEL))),
                Form.filter(r.msg("filter.apply"), List.of(
                        Field.text("q", r.msg("filter.text"), r.param("q")),
                        Field.text("productGroup", Labels.field(r, "productGroup"), r.param("productGroup")),
                        Field.select("state", r.msg("column.state"), r.param("state"),
                                Labels.options(r, ProductState.class, true)),
                        Field.select("sort", r.msg("filter.sort"), q.sort(), ProductQuery.SORTS.stream()
                                .map(s -> new Field.Option(s, r.msg("column." + s))).toList()))),
                new Table(List.of(Labels.field(r, "code"), Labels.field(r, "name"), Labels.field(r, "spec"),
                        Labels.field(r, "unit"), Labels.field(r, "productGroup"), Labels.field(r, "taxCode"),
                        r.msg("column.state"), r.msg("column.updatedAt")), rows,
                        new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "catalog")
                        // sorted by a click on a column's header (the keys ProductQuery.SORTS takes)
                        .sortedBy(java.util.Arrays.asList("code", "name", null, null, "productGroup", null, null, "updatedAt")));
    }
}
