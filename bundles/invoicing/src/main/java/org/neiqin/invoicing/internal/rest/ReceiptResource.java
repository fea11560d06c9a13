package org.neiqin.invoicing.internal.rest;

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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.invoicing.internal.AllocationData;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.ReceiptData;
import org.neiqin.invoicing.internal.ReceiptService;
import org.neiqin.invoicing.internal.ReceiptView;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Money received and matched to invoices, under {@code /neiqin/api/invoicing/receipts}. */
@Component(service = ReceiptResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("invoicing/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceiptResource {
    @Reference
    private ReceiptService receipts;

    /** Parts of a receipt matched to invoices, at the receipt's version as the client read it. */
    public record Matching(Integer version, List<AllocationData> allocations) {
    }

    /** Undoing the match of the receipt to an invoice, with a reason, at the receipt's version. */
    public record Unmatching(Integer version, Long invoiceId, String reason) {
    }

    /** The latest receipts, of one customer when {@code customer} is given (at most {@code limit}, 100 by default). */
    @GET
    @Requires(InvoicingModule.READ)
    public List<ReceiptView> list(@Context UriInfo uri, @QueryParam("customer") @Typed(value = Long.class, min = 1)
            String customer, @QueryParam("limit") @Typed(value = Integer.class, min = 1, max = 500) String limit) {
        ListParams.only(uri.getQueryParameters(), "customer", "limit");
        return receipts.list(ListParams.optionalId("customer", customer), ListParams.whole("limit", limit, 1, 500, 100));
    }

    @POST
    @Requires(InvoicingModule.RECEIVE)
    @Answers(status = 201, value = ReceiptView.class)
    public Response record(ReceiptData data) {
        ReceiptView v = receipts.record(Requests.body(data));
        return Requests.created("invoicing/receipts/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(InvoicingModule.READ)
    public ReceiptView get(@PathParam("id") long id) {
        return receipts.get(id);
    }

    /** Matches parts of the receipt to issued invoices of its customer (409 {@code outstanding} over what is left). */
    @POST
    @Path("{id}/allocations")
    @Requires(InvoicingModule.RECEIVE)
    public ReceiptView allocate(@PathParam("id") long id, Matching matching) {
        Requests.body(matching);
        return receipts.allocate(id, Requests.version(matching.version()), matching.allocations());
    }

    /** Undoes the matching of the receipt to an invoice, with a reason (409 {@code not-matched}). */
    @POST
    @Path("{id}/unmatching")
    @Requires(InvoicingModule.RECEIVE)
    public ReceiptView unmatch(@PathParam("id") long id, Unmatching body) {
        Requests.body(body);
        if (body.invoiceId() == null) {
            throw new org.neiqin.api.error.ValidationException("invoiceId", "required", org.neiqin.api.error.Text.of(
                    "invoicing.unmatch.invoice", "name the invoice whose match is undone"));
        }
        return receipts.unmatch(id, Requests.version(body.version()), body.invoiceId(), body.reason());
    }
}
