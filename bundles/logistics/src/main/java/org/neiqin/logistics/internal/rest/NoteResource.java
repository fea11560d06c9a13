package org.neiqin.logistics.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.kit.rest.Requests;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.logistics.internal.NoteQuery;
import org.neiqin.logistics.internal.NoteRequest;
import org.neiqin.logistics.internal.NoteRow;
import org.neiqin.logistics.internal.NoteService;
import org.neiqin.logistics.internal.NoteState;
import org.neiqin.logistics.internal.NoteView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /neiqin/api/logistics/notes}: delivery notes, their review, payment gate and tracking. */
@Component(service = NoteResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("logistics/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {
    private final NoteService notes;

    /**
     * A step asked of a note, at the version the user loaded (the warehouse check: with the batches
     * picked; shipping: with the carrier's id, the waybill number and the freight).
     */
    public record Step(Integer version, NoteState to, String reason, java.util.Map<Integer, String> batches, Long carrier,
            String waybill, java.math.BigDecimal freight) {
    }

    @Activate
    public NoteResource(@Reference NoteService notes) {
        this.notes = notes;
    }

    /** Prepares a note: 201 with the note. */
    @POST
    @Answers(status = 201, value = NoteView.class)
    public Response prepare(NoteRequest request) {
        Requests.body(request);
        return Response.status(Response.Status.CREATED).entity(notes.prepare(request)).build();
    }

    /**
     * The list: {@code q} (number, order number or customer), {@code state}, {@code document} (one order's
     * notes), {@code late=true}, and {@code offset}, {@code limit}, {@code sort}, {@code desc}.
     */
    @GET
    public ListQuery.Page<NoteRow> list(@Context UriInfo uri) {
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        ListParams.onlyKnown(p, NoteQuery.FILTERS);
        return notes.list(NoteQuery.from(p::getFirst, ListParams.offset(p.getFirst("offset")),
                ListParams.limit(p.getFirst("limit"), 50)));
    }

    @GET
    @Path("{id}")
    public NoteView get(@PathParam("id") long id) {
        return notes.get(id);
    }

    @GET
    @Path("{id}/history")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return notes.history(id);
    }

    /** The note's latest review round (to decide it: {@code POST /neiqin/api/core/reviews/{id}/decisions}). */
    @GET
    @Path("{id}/reviews")
    public List<org.neiqin.api.review.Review> reviews(@PathParam("id") long id) {
        return notes.reviews(id);
    }

    /** Sends the note to its review by a second person. */
    @POST
    @Path("{id}/submission")
    public NoteView submit(@PathParam("id") long id, Step step) {
        return notes.submit(id, Requests.version(Requests.body(step).version()));
    }

    /** Finance's signature: the money of a prepaid note has arrived (or finance agrees to the manager's exception). */
    @POST
    @Path("{id}/finance-signature")
    public NoteView financeSign(@PathParam("id") long id, Step step) {
        return notes.financeSign(id, Requests.version(Requests.body(step).version()));
    }

    /** The warehouse's check before the goods leave: goods, batches and quality match the note. */
    @POST
    @Path("{id}/warehouse-check")
    public NoteView warehouseCheck(@PathParam("id") long id, Step step) {
        return notes.warehouseCheck(id, Requests.version(Requests.body(step).version()), step.batches());
    }

    /** A manager lets a prepaid note go before the money, with a reason. */
    @POST
    @Path("{id}/payment-exception")
    public NoteView allow(@PathParam("id") long id, Step step) {
        return notes.allowBeforePayment(id, Requests.version(Requests.body(step).version()), step.reason());
    }

    /**
     * Tracking: SHIPPED (with {@code carrier}, {@code waybill}, {@code freight}), IN_TRANSIT, DELIVERED,
     * EXCEPTION (with a reason) or CANCELLED.
     */
    @POST
    @Path("{id}/tracking")
    public NoteView track(@PathParam("id") long id, Step step) {
        return notes.track(id, Requests.version(Requests.body(step).version()), step.to(), step.reason(),
                new NoteService.Shipment(step.carrier(), step.waybill(), step.freight()));
    }

}
