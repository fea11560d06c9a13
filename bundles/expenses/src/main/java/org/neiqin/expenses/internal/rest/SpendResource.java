package org.neiqin.expenses.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.expenses.ExpenseLedger;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The expense ledger over REST, under {@code /neiqin/api/expenses/spend}: what was spent, added up. */
@Component(service = SpendResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("expenses/spend")
@Produces(MediaType.APPLICATION_JSON)
public class SpendResource {
    @Reference
    private ExpenseLedger ledger;

    /**
     * @param from the first day (ISO), required
     * @param to the last day (ISO), required
     * @param by SALESPERSON, REGION, CATEGORY, CUSTOMER or MONTH
     */
    @GET
    @Requires(ExpensesModule.READ)
    public List<ExpenseLedger.Spend> spend(@Context UriInfo uri, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("by") String by) {
        ListParams.only(uri.getQueryParameters(), "from", "to", "by");
        LocalDate f = Forms.parse(LocalDate.class, "from", from);
        LocalDate t = Forms.parse(LocalDate.class, "to", to);
        ExpenseLedger.By grouping = Forms.choice(ExpenseLedger.By.class, "by", by);
        if (f == null || t == null || t.isBefore(f)) {
            throw new ValidationException(f == null ? "from" : "to", "required", Text.of("expenses.spend.period",
                    "give a period from one day to the same or a later one"));
        }
        return ledger.spend(f, t, grouping == null ? ExpenseLedger.By.SALESPERSON : grouping);
    }
}
