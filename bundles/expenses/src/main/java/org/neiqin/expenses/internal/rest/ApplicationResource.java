package org.neiqin.expenses.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Response;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.money.Money;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.applications.ApplicationData;
import org.neiqin.expenses.internal.applications.ApplicationService;
import org.neiqin.expenses.internal.applications.ApplicationState;
import org.neiqin.expenses.internal.applications.ApplicationView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Expense applications under {@code /neiqin/api/expenses/applications}: apply (to the review), verify, read. */
@Component(service = ApplicationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("expenses/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    @Reference
    private ApplicationService service;
    @Reference
    private org.neiqin.expenses.internal.applications.Verification verification;

    /**
     * A verification at the version the office loaded: what was spent, the receipts that show it and, for a promotion
     * with an allowance without the contracts module, what its customer bought during it.
     */
    public record ApplicationVerification(Integer version, Money verified, String receipts, Money allowanceBase) {
    }

    /** @param overdue only those approved and not verified by their day */
    @GET
    @Requires(ExpensesModule.READ)
    public List<ApplicationView> list(@Context UriInfo uri, @QueryParam("state") String state, @QueryParam("overdue") String overdue) {
        org.neiqin.kit.query.ListParams.onlyKnown(uri.getQueryParameters(), java.util.List.of("state", "overdue"));
        return service.list(Forms.choice(ApplicationState.class, "state", state),
                ListParams.bool("overdue", overdue, false));
    }

    @POST
    @Requires(ExpensesModule.CLAIM_OWN)
    @Answers(status = 201, value = ApplicationView.class)
    public Response apply(ApplicationData data) {
        ApplicationView v = service.apply(Requests.body(data));
        return Requests.created("expenses/applications/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(ExpensesModule.READ)
    public ApplicationView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/verification")
    @Requires(ExpensesModule.CHECK)
    public ApplicationView verify(@PathParam("id") long id, ApplicationVerification body) {
        Requests.body(body);
        return verification.verify(id, Requests.version(body.version()), body.verified(), body.receipts(),
                body.allowanceBase());
    }

    @GET
    @Path("{id}/history")
    @Requires(ExpensesModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
