package org.neiqin.logistics.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.QueryParam;
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
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.kit.rest.Requests;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.NoteQuery;
import org.neiqin.logistics.internal.NoteRequest;
import org.neiqin.logistics.internal.NoteRow;
import org.neiqin.logistics.internal.Dispatch;
import org.neiqin.logistics.internal.Handover;
import org.neiqin.logistics.internal.NoteDrafts;
import org.neiqin.logistics.internal.NoteReader;
import org.neiqin.logistics.internal.PaymentGate;
import org.neiqin.kit.files.KeptFile;
import org.neiqin.kit.files.Scans;
import org.neiqin.logistics.internal.Shipment;
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
    private final NoteReader notes;
    private final NoteDrafts drafts;
    private final PaymentGate gate;
    private final Dispatch dispatch;
    private final Handover handover;

    /**
     * A step asked of a note, at the version the user loaded (the warehouse check: with the batches
     * picked; shipping: with the carrier's id, the waybill number and the freight).
     */
    public record Step(Integer version, NoteState to, String reason, java.util.Map<Integer, String> batches, Long carrier,
            String waybill, org.neiqin.api.money.Money freight, String carrierSignedBy) {
    }

    @Activate
    public NoteResource(@Reference NoteReader notes, @Reference NoteDrafts drafts, @Reference PaymentGate gate,
            @Reference Dispatch dispatch, @Reference Handover handover) {
        this.notes = notes;
        this.drafts = drafts;
        this.gate = gate;
        this.dispatch = dispatch;
        this.handover = handover;
    }

    /** Prepares a note: 201 with the note. */
    @POST
    @Requires(LogisticsModule.WRITE)
    @Answers(status = 201, value = NoteView.class)
    public Response prepare(NoteRequest request) {
        Requests.body(request);
        NoteView v = drafts.prepare(request);
        return Requests.created("logistics/notes/" + v.id(), v);
    }

    /**
     * The list: {@code q} (number, order number or customer), {@code state}, {@code document} (one order's
     * notes), {@code late=true}, and {@code offset}, {@code limit}, {@code sort}, {@code desc}.
     */
    @GET
    @Requires(LogisticsModule.READ)
    @Lists(org.neiqin.logistics.internal.NoteQuery.class)
    public ListQuery.Page<NoteRow> list(@Context UriInfo uri) {
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        ListParams.onlyKnown(p, NoteQuery.FILTERS);
        return notes.list(NoteQuery.from(p::getFirst, ListParams.offset(p.getFirst("offset")),
                ListParams.limit(p.getFirst("limit"), 50)));
    }

    @GET
    @Path("{id}")
    @Requires(LogisticsModule.READ)
    public NoteView get(@PathParam("id") long id) {
        return notes.get(id);
    }

    @GET
    @Path("{id}/history")
    @Requires(LogisticsModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return notes.history(id);
    }

    /** The note's latest review round (to decide it: {@code POST /neiqin/api/core/reviews/{id}/decisions}). */
    @GET
    @Path("{id}/reviews")
    @Requires(LogisticsModule.READ)
    public List<org.neiqin.api.review.Review> reviews(@PathParam("id") long id) {
        return notes.reviews(id);
    }

    /** Sends the note to its review by a second person. */
    @POST
    @Path("{id}/submission")
    @Requires(LogisticsModule.WRITE)
    public NoteView submit(@PathParam("id") long id, Step step) {
        return drafts.submit(id, Requests.version(Requests.body(step).version()));
    }

    /** Finance's signature: the money of a prepaid note has arrived (or finance agrees to the manager's exception). */
    @POST
    @Path("{id}/finance-signature")
    @Requires(LogisticsModule.FINANCE_SIGN)
    public NoteView financeSign(@PathParam("id") long id, Step step) {
        return gate.financeSign(id, Requests.version(Requests.body(step).version()));
    }

    /** The warehouse's check before the goods leave: goods, batches and quality match the note. */
    @POST
    @Path("{id}/warehouse-check")
    @Requires(LogisticsModule.WAREHOUSE)
    public NoteView warehouseCheck(@PathParam("id") long id, Step step) {
        return dispatch.warehouseCheck(id, Requests.version(Requests.body(step).version()), step.batches());
    }

    /** A manager lets a prepaid note go before the money, with a reason. */
    @POST
    @Path("{id}/payment-exception")
    @Requires(LogisticsModule.EXCEPTION)
    public NoteView allow(@PathParam("id") long id, Step step) {
        return gate.allowBeforePayment(id, Requests.version(Requests.body(step).version()), step.reason());
    }

    /**
     * Tracking: SHIPPED (with {@code carrier}, {@code waybill}, {@code freight}), IN_TRANSIT, DELIVERED,
     * EXCEPTION (with a reason) or CANCELLED.
     */
    @POST
    @Path("{id}/tracking")
    @Requires(LogisticsModule.WRITE)
    public NoteView track(@PathParam("id") long id, Step step) {
        return dispatch.track(id, Requests.version(Requests.body(step).version()), step.to(), step.reason(),
                new Shipment(step.carrier(), step.waybill(), step.freight()));
    }

    /** Who signed the note for the carrier when the goods were handed over ({@code carrierSignedBy}). */
    @POST
    @Path("{id}/handover")
    @Requires(LogisticsModule.WRITE)
    public NoteView handover(@PathParam("id") long id, Step step) {
        return handover.recordHandover(id, Requests.version(Requests.body(step).version()), step.carrierSignedBy(), null, null);
    }

    /**
     * The proof-of-delivery scan, as the request's body (a PDF, PNG or JPEG of at most 10 MB), at the
     * note's {@code version}, with the file's {@code name}; a scan sent again replaces the earlier one.
     */
    @PUT
    @Path("{id}/proof")
    @Consumes(MediaType.WILDCARD)
    @Requires(LogisticsModule.WRITE)
    public NoteView uploadProof(@Context UriInfo uri, @PathParam("id") long id, @QueryParam("version") @Typed(value = Integer.class, min = 0) String version,
            @QueryParam("name") String name, java.io.InputStream body) throws java.io.IOException {
        ListParams.only(uri.getQueryParameters(), "version", "name");
        return handover.recordHandover(id, Requests.version(version), null, name, Requests.file(body,
                Handover.PROOF_MAX_BYTES));
    }

    /** Where, how and by when a prepared note ships, corrected before review, at the {@code version} loaded. */
    public record ShippingChange(Integer version, String shipTo, String contact, String phone,
            org.neiqin.logistics.internal.DeliveryMethod deliveryMethod, java.time.LocalDate promisedOn,
            java.time.LocalDate expectedArrival, String note) {
    }

    /** Corrects a prepared note's address, contact, phone, delivery method, dates and remark. */
    @PUT
    @Path("{id}/shipping")
    @Requires(LogisticsModule.WRITE)
    public NoteView shipping(@PathParam("id") long id, ShippingChange c) {
        Requests.body(c);
        return drafts.editShipping(id, Requests.version(c.version()), new org.neiqin.logistics.internal.NoteShipping(
                c.shipTo(), c.contact(), c.phone(), c.deliveryMethod(), c.promisedOn(), c.expectedArrival(), c.note()));
    }

    /** The proof-of-delivery scan kept with the note, as it was uploaded. */
    @GET
    @Path("{id}/proof")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Requires(LogisticsModule.READ)
    @Answers(byte[].class)
    public Response downloadProof(@PathParam("id") long id) {
        KeptFile p = handover.proof(id);
        return Response.ok(p.content(), p.contentType()).header("Content-Disposition", Scans.disposition(p.fileName()))
                .build();
    }
}
