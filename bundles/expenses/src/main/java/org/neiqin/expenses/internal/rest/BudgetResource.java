package org.neiqin.expenses.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Response;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.budgets.BudgetData;
import org.neiqin.expenses.internal.budgets.BudgetService;
import org.neiqin.expenses.internal.budgets.BudgetView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Budgets under {@code /neiqin/api/expenses/budgets}: planned, committed, actual and available. */
@Component(service = BudgetResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("expenses/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {
    @Reference
    private BudgetService service;

    /** A change of the plan at the version the manager loaded. */
    public record BudgetUpdate(Integer version, BudgetData data) {
    }

    /** @return the budgets whose period touches {@code from}..{@code to} (ISO dates; all without) */
    @GET
    @Requires(ExpensesModule.READ)
    public List<BudgetView> list(@Context UriInfo uri, @QueryParam("from") String from, @QueryParam("to") String to) {
        org.neiqin.kit.query.ListParams.onlyKnown(uri.getQueryParameters(), java.util.List.of("from", "to"));
        return service.list(Forms.parse(LocalDate.class, "from", from), Forms.parse(LocalDate.class, "to", to));
    }

    @POST
    @Requires(ExpensesModule.BUDGETS)
    @Answers(status = 201, value = BudgetView.class)
    public Response create(BudgetData data) {
        BudgetView v = service.create(Requests.body(data));
        return Requests.created("expenses/budgets/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(ExpensesModule.READ)
    public BudgetView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(ExpensesModule.BUDGETS)
    public BudgetView update(@PathParam("id") long id, BudgetUpdate update) {
        Requests.body(update);
        return service.update(id, Requests.version(update.version()), Requests.body(update.data()));
    }

    @GET
    @Path("{id}/history")
    @Requires(ExpensesModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
