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
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.advances.AdvanceData;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.advances.AdvanceView;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Advances under {@code /neiqin/api/expenses/advances}: borrow (to the review), pay and settle (finance), read. */
@Component(service = AdvanceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("expenses/advances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdvanceResource {
    @Reference
    private AdvanceService service;

    /** A step at the version finance loaded. */
    public record AdvanceStep(Integer version) {
    }

    /** @param open only those not yet settled (the default) */
    @GET
    @Requires(ExpensesModule.READ)
    public List<AdvanceView> list(@Context UriInfo uri, @QueryParam("open") String open) {
        org.neiqin.kit.query.ListParams.onlyKnown(uri.getQueryParameters(), java.util.List.of("open"));
        return service.list(ListParams.bool("open", open, true));
    }

    @POST
    @Requires(ExpensesModule.CLAIM_OWN)
    @Answers(status = 201, value = AdvanceView.class)
    public Response request(AdvanceData data) {
        AdvanceView v = service.request(Requests.body(data));
        return Requests.created("expenses/advances/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(ExpensesModule.READ)
    public AdvanceView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/payment")
    @Requires(ExpensesModule.PAY)
    public AdvanceView pay(@PathParam("id") long id, AdvanceStep step) {
        return service.pay(id, Requests.version(Requests.body(step).version()));
    }

    /** Settles by the approved claims: the rest returned, or the overspend paid out. */
    @POST
    @Path("{id}/settlement")
    @Requires(ExpensesModule.PAY)
    public AdvanceView settle(@PathParam("id") long id, AdvanceStep step) {
        return service.settle(id, Requests.version(Requests.body(step).version()));
    }

    @GET
    @Path("{id}/history")
    @Requires(ExpensesModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
