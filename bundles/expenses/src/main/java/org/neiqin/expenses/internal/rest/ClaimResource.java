package org.neiqin.expenses.internal.rest;

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
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.claims.ClaimData;
import org.neiqin.expenses.internal.claims.ClaimFlow;
import org.neiqin.expenses.internal.claims.ClaimLineData;
import org.neiqin.expenses.internal.claims.ClaimQuery;
import org.neiqin.expenses.internal.claims.ClaimReader;
import org.neiqin.expenses.internal.claims.ClaimRow;
import org.neiqin.expenses.internal.claims.ClaimService;
import org.neiqin.expenses.internal.claims.ClaimView;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Claims under {@code /neiqin/api/expenses/claims}: the claimant submits, corrects and withdraws; the back office
 * checks or returns; finance pays. Approvals are core's reviews ({@code expenses.claim}, {@code expenses.claim.higher}).
 */
@Component(service = ClaimResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("expenses/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {
    @Reference
    private ClaimService service;
    @Reference
    private ClaimReader reader;
    @Reference
    private ClaimFlow flow;
    @Reference
    private org.neiqin.expenses.internal.claims.ClaimReceipts receipts;

    /** A claim: its head and its lines. */
    public record ClaimSubmission(ClaimData claim, List<ClaimLineData> lines) {
    }

    /** A returned claim corrected, at the version the claimant loaded. */
    public record ClaimCorrection(Integer version, ClaimData claim, List<ClaimLineData> lines) {
    }

    /** A step at the version the user loaded; a return says why. */
    public record ClaimStep(Integer version, String reason) {
    }

    @GET
    @Requires(ExpensesModule.READ)
    @Lists(ClaimQuery.class)
    public ListQuery.Page<ClaimRow> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, ClaimQuery.FILTERS);
        return reader.list(ClaimQuery.from(q::getFirst, ListParams.offset(offset), ListParams.limit(limit, 50)));
    }

    @POST
    @Requires(ExpensesModule.CLAIM_OWN)
    @Answers(status = 201, value = ClaimView.class)
    public Response submit(ClaimSubmission body) {
        Requests.body(body);
        ClaimView v = service.submit(Requests.body(body.claim()), body.lines() == null ? List.of() : body.lines());
        return Requests.created("expenses/claims/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(ExpensesModule.READ)
    public ClaimView get(@PathParam("id") long id) {
        return reader.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(ExpensesModule.CLAIM_OWN)
    public ClaimView resubmit(@PathParam("id") long id, ClaimCorrection body) {
        Requests.body(body);
        return service.resubmit(id, Requests.version(body.version()), Requests.body(body.claim()),
                body.lines() == null ? List.of() : body.lines());
    }

    @POST
    @Path("{id}/withdrawal")
    @Requires(ExpensesModule.CLAIM_OWN)
    public ClaimView withdraw(@PathParam("id") long id, ClaimStep step) {
        return service.withdraw(id, Requests.version(Requests.body(step).version()));
    }

    /** The back office's first check (初审): the claim goes on to its approval. */
    @POST
    @Path("{id}/check")
    @Requires(ExpensesModule.CHECK)
    public ClaimView check(@PathParam("id") long id, ClaimStep step) {
        return flow.check(id, Requests.version(Requests.body(step).version()));
    }

    /** The back office gives the claim back to its claimant, with the reason. */
    @POST
    @Path("{id}/return")
    @Requires(ExpensesModule.CHECK)
    public ClaimView giveBack(@PathParam("id") long id, ClaimStep step) {
        return flow.giveBack(id, Requests.version(Requests.body(step).version()), step.reason());
    }

    @POST
    @Path("{id}/payment")
    @Requires(ExpensesModule.PAY)
    public ClaimView pay(@PathParam("id") long id, ClaimStep step) {
        return flow.pay(id, Requests.version(Requests.body(step).version()));
    }

    /**
     * The receipt of a line, as the request's body (a PDF, PNG or JPEG of at most 5 MB), at the claim's {@code version},
     * with the file's {@code name}; a receipt sent again replaces the earlier one.
     */
    @PUT
    @Path("{id}/lines/{line}/receipt")
    @Consumes(MediaType.WILDCARD)
    @Requires(ExpensesModule.CLAIM_OWN)
    public ClaimView attachReceipt(@Context UriInfo uri, @PathParam("id") long id, @PathParam("line") int line,
            @QueryParam("version") @org.neiqin.api.rest.Typed(value = Integer.class, min = 0) String version,
            @QueryParam("name") String name, java.io.InputStream body) throws java.io.IOException {
        ListParams.only(uri.getQueryParameters(), "version", "name");
        return receipts.attach(id, Requests.version(version), line, name, Requests.file(body,
                org.neiqin.expenses.internal.claims.ClaimReceipts.MAX_BYTES));
    }

    /** A line's receipt, as it was uploaded. */
    @GET
    @Path("{id}/lines/{line}/receipt")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Requires(ExpensesModule.READ)
    @Answers(byte[].class)
    public Response receipt(@PathParam("id") long id, @PathParam("line") int line) {
        org.neiqin.kit.files.KeptFile f = receipts.receipt(id, line);
        return Response.ok(f.content(), f.contentType()).header("Content-Disposition",
                org.neiqin.kit.files.Scans.disposition(f.fileName())).build();
    }

    @GET
    @Path("{id}/history")
    @Requires(ExpensesModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return reader.history(id);
    }
}
