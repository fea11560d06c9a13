package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;
import org.neiqin.api.money.Money;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.claims.ClaimQuery;
import org.neiqin.expenses.internal.claims.ClaimReader;
import org.neiqin.expenses.internal.claims.ClaimRow;
import org.neiqin.expenses.internal.claims.ClaimState;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The claims: one's own, or everyone's for the office, managers and finance; by state, claimant and text. */
@Component
public class ClaimsPage implements ConsolePage {
    static final String LABEL = "neiqin-expenses";

    @Reference
    private ClaimReader claims;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 500; }

    @Override
    public String title() { return ExpensesModule.TITLE; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), ClaimQuery.FILTERS);
        ClaimQuery q = ClaimQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<ClaimRow> result = claims.list(q);
        List<List<Cell>> rows = new ArrayList<>();
        for (ClaimRow v : result.rows()) {
            String state = Labels.choice(r, v.state()) + (v.stage() == null ? "" : " · " + r.msg("stage." + v.stage()));
            rows.add(List.of(Cell.link(v.code(), ClaimPage.LABEL + "?id=" + v.id()), Cell.of(r.person(v.claimant())),
                    Cell.of(v.purpose()), Cell.of(Money.of(v.total(), v.currency())), Cell.of(state),
                    Cell.of(v.higher() == null || v.higher().isEmpty() ? "" : ClaimPage.reasons(r, v.higher())),
                    Cell.of(r.time(v.updatedAt()))));
        }
        List<Field> filters = new ArrayList<>(List.of(Field.text("q", r.msg("filter.text"), r.param("q")),
                Field.select("state", Labels.field(r, "state"), r.param("state"), Labels.options(r, ClaimState.class,
                        true))));
        if (claims.seesAll(r.actor())) {
            filters.add(Field.text("claimant", r.msg("column.claimant"), r.param("claimant")));
        }
        return Page.of(r.msg("claims.title"),
                ExpenseLinks.of(r, new Link(r.msg("claim.new"), ClaimPage.LABEL + "?new=1")),
                Form.filter(r.msg("filter.apply"), filters),
                new Table(List.of(r.msg("column.code"), r.msg("column.claimant"), Labels.field(r, "purpose"),
                        r.msg("column.total"), Labels.field(r, "state"), r.msg("column.higher"),
                        r.msg("column.updatedAt")), rows,
                        new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "claims")
                        .sortedBy(Arrays.asList("code", "claimant", null, "total", null, null, "updatedAt")));
    }
}
