package org.neiqin.invoicing.internal.rest;

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
import org.neiqin.invoicing.internal.CreditLineData;
import org.neiqin.invoicing.internal.CreditNotes;
import org.neiqin.invoicing.internal.InvoiceData;
import org.neiqin.invoicing.internal.InvoiceDrafts;
import org.neiqin.invoicing.internal.InvoiceIssue;
import org.neiqin.invoicing.internal.InvoiceLineData;
import org.neiqin.invoicing.internal.InvoiceQuery;
import org.neiqin.invoicing.internal.InvoiceReader;
import org.neiqin.invoicing.internal.InvoiceRow;
import org.neiqin.invoicing.internal.InvoiceView;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Invoices over REST, under {@code /neiqin/api/invoicing/invoices}: a thin layer over the services. */
@Component(service = InvoiceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("invoicing/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {
    @Reference
    private org.neiqin.invoicing.internal.InvoiceSending sending;
    @Reference
    private InvoiceReader reader;
    @Reference
    private InvoiceDrafts drafts;
    @Reference
    private InvoiceIssue issue;
    @Reference
    private CreditNotes credits;

    /** A red-letter credit note: why, and the invoice's lines and quantities it takes back. */
    public record NewCreditNote(String reason, List<CreditLineData> lines) {
    }

    /** A new request: the order or contract billed, the kind of invoice, and the lines. */
    public record NewInvoice(InvoiceData invoice, List<InvoiceLineData> lines) {
    }

    /** A step at the version the client loaded, with a reason where the step takes one. */
    public record Step(Integer version, String reason) {
    }

    /** How the office sent the issued invoice, at the version the client loaded. */
    public record Sending(Integer version, org.neiqin.invoicing.internal.InvoiceSending.Sent data) {
    }

    /** The day the customer received the invoice, at the version the client loaded. */
    public record Arrival(Integer version, org.neiqin.invoicing.internal.InvoiceSending.Received data) {
    }

    /** The official number and date at the version the client loaded. */
    public record OfficialChange(Integer version, InvoiceIssue.Official data) {
    }

    /** The list: {@code q} (number, order or customer), {@code state}, {@code document}; sorted and paged. */
    @GET
    @Requires(InvoicingModule.READ)
    @Lists(InvoiceQuery.class)
    public ListQuery.Page<InvoiceRow> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, InvoiceQuery.FILTERS);
        return reader.list(InvoiceQuery.from(q::getFirst, ListParams.offset(offset), ListParams.limit(limit, 50)));
    }

    @POST
    @Requires(InvoicingModule.WRITE)
    @Answers(status = 201, value = InvoiceView.class)
    public Response create(NewInvoice request) {
        Requests.body(request);
        InvoiceView v = drafts.create(Requests.body(request.invoice()), request.lines());
        return Requests.created("invoicing/invoices/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(InvoicingModule.READ)
    public InvoiceView get(@PathParam("id") long id) {
        return reader.get(id);
    }

    @POST
    @Path("{id}/submission")
    @Requires(InvoicingModule.WRITE)
    public InvoiceView submit(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return drafts.submit(id, Requests.version(step.version()));
    }

    @POST
    @Path("{id}/cancellation")
    @Requires(InvoicingModule.WRITE)
    public InvoiceView cancel(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return drafts.cancel(id, Requests.version(step.version()), step.reason());
    }

    /** Finance issues a reviewed invoice: its number, the buyer's billing data that day, its due date. */
    @POST
    @Path("{id}/issue")
    @Requires(InvoicingModule.ISSUE)
    public InvoiceView issue(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return issue.issue(id, Requests.version(step.version()));
    }

    @PUT
    @Path("{id}/official")
    @Requires(InvoicingModule.ISSUE)
    public InvoiceView official(@PathParam("id") long id, OfficialChange change) {
        Requests.body(change);
        return issue.official(id, Requests.version(change.version()), Requests.body(change.data()));
    }

    /** A red-letter credit note for lines of an issued invoice: a new invoice (201), reviewed and issued like any. */
    @POST
    @Path("{id}/credit-notes")
    @Requires(InvoicingModule.WRITE)
    @Answers(status = 201, value = InvoiceView.class)
    public Response credit(@PathParam("id") long id, NewCreditNote note) {
        Requests.body(note);
        InvoiceView v = credits.create(id, note.reason(), note.lines());
        return Requests.created("invoicing/invoices/" + v.id(), v);
    }

    /** The office sent the issued invoice to the customer: day, courier, waybill (409 {@code sent} when done). */
    @POST
    @Path("{id}/sending")
    @Requires(InvoicingModule.WRITE)
    public InvoiceView sending(@PathParam("id") long id, Sending body) {
        Requests.body(body);
        return sending.sent(id, Requests.version(body.version()), Requests.body(body.data()));
    }

    /** The customer received the invoice sent (not before it was sent, not after today). */
    @POST
    @Path("{id}/arrival")
    @Requires(InvoicingModule.WRITE)
    public InvoiceView arrival(@PathParam("id") long id, Arrival body) {
        Requests.body(body);
        return sending.received(id, Requests.version(body.version()), Requests.body(body.data()));
    }

    @GET
    @Path("{id}/history")
    @Requires(InvoicingModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return reader.history(id);
    }
}
