package org.neiqin.crm.internal.console;

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
import org.neiqin.api.crm.Grade;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.security.SecurityService;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.CustomerQuery;
import org.neiqin.crm.internal.CustomerRow;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The customer list (客户列表): search, filters on every segment, paging, sorting, CSV export. */
@Component
public class CustomersPage implements ConsolePage {
    @Reference
    private CustomerService crm;
    @Reference
    private SecurityService security;

    @Override
    public String label() { return "neiqin-customers"; }

    @Override
    public int menuOrder() { return 100; }

    @Override
    public String title() { return "Customers"; }

    @Override
    public String permission() { return CrmModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), CustomerQuery.FILTERS);
        String archived = r.param("archived") == null ? "false" : r.param("archived");
        CustomerQuery q = CustomerQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<CustomerRow> result = crm.list(q);
        List<List<Cell>> rows = new ArrayList<>();
        for (CustomerRow v : result.rows()) {
            rows.add(List.of(Cell.link(v.code(), "neiqin-customer?id=" + v.id()), Cell.of(v.fullName()),
                    Cell.of(v.shortName()), Cell.of(Labels.choice(r, v.lifecycle())),
                    Cell.of(Labels.choice(r, v.nature())), Cell.of(Labels.choice(r, v.grade())),
                    Cell.of(r.region(v.region())), Cell.of(r.route(v.region(), v.route())), Cell.of(r.person(v.salesperson())),
                    Cell.of(v.phone()), Cell.of(v.archived() ? r.msg("yes") : "")));
        }
        Form filters = Form.filter(r.msg("filter.apply"), List.of(
                Field.text("q", r.msg("filter.text"), r.param("q")),
                Field.select("lifecycle", Labels.field(r, "lifecycle"), r.param("lifecycle"),
                        Labels.options(r, Lifecycle.class, true)),
                Field.select("nature", Labels.field(r, "nature"), r.param("nature"), Labels.options(r, Nature.class, true)),
                Field.select("grade", r.msg("field.grade"), r.param("grade"), Labels.options(r, Grade.class, true)),
                Labels.regionFilter(r),
                Field.text("route", Labels.field(r, "route"), r.param("route")),
                Field.text("salesperson", Labels.field(r, "salesperson"), r.param("salesperson")),
                Field.text("creditRating", Labels.field(r, "creditRating"), r.param("creditRating")),
                Field.select("paymentTerms", Labels.field(r, "paymentTerms"), r.param("paymentTerms"),
                        Labels.options(r, PaymentTerms.class, true)),
                Field.select("archived", r.msg("filter.archived"), archived, List.of(
                        new Field.Option("false", r.msg("filter.archived.no")),
                        new Field.Option("true", r.msg("filter.archived.yes")),
                        new Field.Option("all", r.msg("filter.any")))),
                Field.select("sort", r.msg("filter.sort"), q.sort(), CustomerQuery.SORTS.stream()
                        .map(s -> new Field.Option(s, r.msg("field." + s))).toList())));
        // only the ways the user may take: finance and auditors read, they neither create nor import
        List<Link> links = new ArrayList<>();
        if (security.isPermitted(r.actor(), CrmModule.WRITE)) {
            links.add(new Link(r.msg("customers.new"), "neiqin-customer?new=1"));
        }
        links.add(new Link(r.msg("customers.report"), "neiqin-customer-report"));
        links.add(new Link(r.msg("customers.followup"), "neiqin-customer-followup"));
        if (security.isPermitted(r.actor(), CrmModule.IMPORT)) {
            links.add(new Link(r.msg("customers.import"), "neiqin-customer-import"));
        }
        Page page = Page.of(r.msg("customers.title"),
                new Links(links),
                filters,
                new Table(List.of(r.msg("field.code"), Labels.field(r, "fullName"), Labels.field(r, "shortName"),
                        Labels.field(r, "lifecycle"), Labels.field(r, "nature"), r.msg("field.grade"),
                        Labels.field(r, "region"), Labels.field(r, "route"), Labels.field(r, "salesperson"),
                        Labels.field(r, "phone"), r.msg("field.archived")), rows,
                        new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "customers")
                        .sortedBy(java.util.Arrays.asList("code", "fullName", null, "lifecycle", null, "grade", "region", "route",
                                null, null, null)));
        return page;
    }
}
