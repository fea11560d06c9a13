package org.neiqin.leads.internal.rest;

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
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.neiqin.leads.internal.Conversion;
import org.neiqin.leads.internal.LeadData;
import org.neiqin.leads.internal.LeadQuery;
import org.neiqin.leads.internal.LeadRow;
import org.neiqin.leads.internal.LeadService;
import org.neiqin.leads.internal.LeadStage;
import org.neiqin.leads.internal.LeadView;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.calls.CallData;
import org.neiqin.leads.internal.calls.CallService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The leads over REST, under {@code /neiqin/api/leads/leads}: a thin layer over the services. */
@Component(service = LeadResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("leads/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {
    @Reference
    private LeadService service;
    @Reference
    private CallService calls;
    @Reference
    private Conversion conversion;

    /** An inquiry entered by hand, and who gets it ({@code null}: the rules; a salesperson's is their own). */
    public record NewLead(LeadData data, String owner) {
    }

    /** A change: the version the client loaded and the new data. */
    public record Update(Integer version, LeadData data) {
    }

    /** The lead given to {@code owner}, at the version loaded. */
    public record Assign(Integer version, String owner) {
    }

    /** At the version loaded. */
    public record At(Integer version) {
    }

    /** Back to the pool at the version loaded, saying why. */
    public record Release(Integer version, String reason) {
    }

    /** To another stage at the version loaded; lost says why, and may name the competitor. */
    public record Move(Integer version, LeadStage stage, String lostReason, String competitor) {
    }

    /** What entering an inquiry made: the lead, and whether it was a repeat of it (a touch). */
    public record Entered(LeadView lead, boolean repeat) {
    }

    @GET
    @Requires(LeadsModule.READ)
    @Lists(LeadQuery.class)
    public ListQuery.Page<LeadRow> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, LeadQuery.FILTERS);
        return service.list(LeadQuery.from(q::getFirst, ListParams.offset(offset), ListParams.limit(limit, 50)));
    }

    @POST
    @Requires(LeadsModule.WORK)
    @Answers(status = 201, value = Entered.class)
    public Response create(NewLead body) {
        Requests.body(body);
        LeadService.Entered e = service.create(Requests.body(body.data()), body.owner());
        return Requests.created("leads/leads/" + e.lead().id(), new Entered(e.lead(), e.repeat()));
    }

    @GET
    @Path("{id}")
    @Requires(LeadsModule.READ)
    public LeadView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(LeadsModule.WORK)
    public LeadView update(@PathParam("id") long id, Update update) {
        Requests.body(update);
        return service.update(id, Requests.version(update.version()), Requests.body(update.data()));
    }

    @POST
    @Path("{id}/assignment")
    @Requires(LeadsModule.ASSIGN)
    public LeadView assign(@PathParam("id") long id, Assign body) {
        Requests.body(body);
        return service.assign(id, Requests.version(body.version()), body.owner());
    }

    @POST
    @Path("{id}/taking")
    @Requires(LeadsModule.WORK)
    public LeadView take(@PathParam("id") long id, At body) {
        Requests.body(body);
        return service.take(id, Requests.version(body.version()));
    }

    @POST
    @Path("{id}/release")
    @Requires(LeadsModule.WORK)
    public LeadView release(@PathParam("id") long id, Release body) {
        Requests.body(body);
        return service.release(id, Requests.version(body.version()), body.reason());
    }

    @POST
    @Path("{id}/stage")
    @Requires(LeadsModule.WORK)
    public LeadView stage(@PathParam("id") long id, Move body) {
        Requests.body(body);
        return service.stage(id, Requests.version(body.version()), body.stage(), body.lostReason(), body.competitor());
    }

    @POST
    @Path("{id}/calls")
    @Requires(LeadsModule.WORK)
    public LeadView call(@PathParam("id") long id, CallData body) {
        return calls.log(id, Requests.body(body));
    }

    @POST
    @Path("{id}/conversion")
    @Requires(LeadsModule.WORK)
    public LeadView convert(@PathParam("id") long id) {
        return conversion.convert(id);
    }

    @GET
    @Path("{id}/history")
    @Requires(LeadsModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
