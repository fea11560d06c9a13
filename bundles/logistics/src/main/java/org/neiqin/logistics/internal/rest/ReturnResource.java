package org.neiqin.logistics.internal.rest;

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
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.ReturnRequest;
import org.neiqin.logistics.internal.ReturnService;
import org.neiqin.logistics.internal.ReturnView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /neiqin/api/logistics/returns}: returns and exchanges of delivered goods, and their review. */
@Component(service = ReturnResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("logistics/returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnResource {
    private final ReturnService returns;

    /** A step asked of a return, at the version the user loaded. */
    public record Step(Integer version) {
    }

    @Activate
    public ReturnResource(@Reference ReturnService returns) {
        this.returns = returns;
    }

    /** Prepares a return: 201 with the return. */
    @POST
    @Requires(LogisticsModule.WRITE)
    @Answers(status = 201, value = ReturnView.class)
    public Response prepare(ReturnRequest request) {
        Requests.body(request);
        ReturnView v = returns.prepare(request);
        return Requests.created("logistics/returns/" + v.id(), v);
    }

    /** The returns of one delivery note ({@code note}, its id), oldest first. */
    @GET
    @Requires(LogisticsModule.READ)
    public List<ReturnView> ofNote(@Context UriInfo uri, @QueryParam("note") @Typed(value = Long.class, min = 1) String note) {
        ListParams.only(uri.getQueryParameters(), "note");
        if (note == null) {
            throw new ValidationException("note", "required", Text.of("logistics.return.whichNote",
                    "name the delivery note whose returns you want (note=its id)"));
        }
        return returns.ofNote(ListParams.id("note", note));
    }

    @GET
    @Path("{id}")
    @Requires(LogisticsModule.READ)
    public ReturnView get(@PathParam("id") long id) {
        return returns.get(id);
    }

    @GET
    @Path("{id}/history")
    @Requires(LogisticsModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return returns.history(id);
    }

    /** The return's latest review round (to decide it: {@code POST /neiqin/api/core/reviews/{id}/decisions}). */
    @GET
    @Path("{id}/reviews")
    @Requires(LogisticsModule.READ)
    public List<org.neiqin.api.review.Review> reviews(@PathParam("id") long id) {
        return returns.reviews(id);
    }

    /** Sends the return to its review by a second person. */
    @POST
    @Path("{id}/submission")
    @Requires(LogisticsModule.WRITE)
    public ReturnView submit(@PathParam("id") long id, Step step) {
        return returns.submit(id, Requests.version(Requests.body(step).version()));
    }

    /** Cancels a prepared return. */
    @POST
    @Path("{id}/cancellation")
    @Requires(LogisticsModule.WRITE)
    public ReturnView cancel(@PathParam("id") long id, Step step) {
        return returns.cancel(id, Requests.version(Requests.body(step).version()));
    }

}
