package ${package}.internal.console;

import java.util.ArrayList;
import java.util.List;

import ${package}.internal.${className}Module;
import ${package}.internal.${record}Kind;
import ${package}.internal.${record}Query;
import ${package}.internal.${record}Row;
import ${package}.internal.${record}Service;
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

/** The list: search, a filter, sorting, paging, CSV and Excel export. */
@Component
public class ${record}ListPage implements ConsolePage {
    static final String LABEL = "neiqin-${moduleId}";

    @Reference
    private ${record}Service service;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 1000; }

    @Override
    public String title() { return ${className}Module.TITLE; }

    @Override
    public String permission() { return ${className}Module.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), ${record}Query.FILTERS);
        ${record}Query q = ${record}Query.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<${record}Row> result = service.list(q);
        List<List<Cell>> rows = new ArrayList<>();
        for (${record}Row v : result.rows()) {
            rows.add(List.of(Cell.link(v.code(), ${record}Page.LABEL + "?id=" + v.id()), Cell.of(v.name()),
                    Cell.of(Labels.choice(r, v.kind())), Cell.of(r.time(v.updatedAt()))));
        }
        return Page.of(r.msg("list.title"),
                new Links(List.of(new Link(r.msg("list.new"), ${record}Page.LABEL + "?new=1"))),
                Form.filter(r.msg("filter.apply"), List.of(
                        Field.text("q", r.msg("filter.text"), r.param("q")),
                        Field.select("kind", Labels.field(r, "kind"), r.param("kind"),
                                Labels.options(r, ${record}Kind.class, true)),
                        Field.select("sort", r.msg("filter.sort"), q.sort(), ${record}Query.SORTS.stream()
                                .map(s -> new Field.Option(s, r.msg("column." + s))).toList()))),
                new Table(List.of(r.msg("column.code"), Labels.field(r, "name"), Labels.field(r, "kind"),
                        r.msg("column.updatedAt")), rows,
                        new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "${moduleId}")
                        // sorted by a click on a column's header (the keys ${record}Query.SORTS takes)
                        .sortedBy(java.util.Arrays.asList("code", "name", null, "updatedAt")));
    }
}
