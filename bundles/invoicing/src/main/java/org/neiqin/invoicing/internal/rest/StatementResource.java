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

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.StatementRecordView;
import org.neiqin.invoicing.internal.StatementRecords;
import org.neiqin.invoicing.internal.StatementReply;
import org.neiqin.invoicing.internal.StatementRequest;
import org.neiqin.invoicing.internal.StatementSending;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Statements of account as sent (对账), under {@code /neiqin/api/invoicing/statements}: prepared by the office, agreed
 * by finance, sent, signed back or disputed.
 */
@Component(service = StatementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("invoicing/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {
    @Reference
    private StatementRecords statements;

    /** A step at the statement's version as the client read it. */
    public record Step(Integer version) {
    }

    /** How the statement went, at its version. */
    public record Dispatch(Integer version, StatementSending data) {
    }

    /** The customer's answer, at the statement's version. */
    public record Answer(Integer version, StatementReply data) {
    }

    /** Withdrawing a statement not yet sent, with a reason. */
    public record Withdrawal(Integer version, String reason) {
    }

    /** The statements, of one customer when given, the latest period first (at most {@code limit}, 100). */
    @GET
    @Requires(InvoicingModule.READ)
    public List<StatementRecordView> list(@Context UriInfo uri, @QueryParam("customer") @Typed(value = Long.class, min = 1)
            String customer, @QueryParam("limit") @Typed(value = Integer.class, min = 1, max = 500) String limit) {
        ListParams.only(uri.getQueryParameters(), "customer", "limit");
        return statements.list(ListParams.optionalId("customer", customer), ListParams.whole("limit", limit, 1, 500, 100));
    }

    /** Prepares a statement of the customer's period, its figures frozen as the account gives them now. */
    @POST
    @Requires(InvoicingModule.WRITE)
    @Answers(status = 201, value = StatementRecordView.class)
    public Response prepare(StatementRequest data) {
        StatementRecordView v = statements.prepare(Requests.body(data));
        return Requests.created("invoicing/statements/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(InvoicingModule.READ)
    public StatementRecordView get(@PathParam("id") long id) {
        return statements.get(id);
    }

    /** Finance agrees the figures (409 {@code fourEyes} for whoever prepared it, {@code changed} when stale). */
    @POST
    @Path("{id}/agreement")
    @Requires(InvoicingModule.RECEIVE)
    public StatementRecordView agree(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return statements.agree(id, Requests.version(step.version()));
    }

    /** Sends an agreed statement: MAIL mails it now with the statement attached (409 {@code mail} when it cannot go). */
    @POST
    @Path("{id}/sending")
    @Requires(InvoicingModule.WRITE)
    public StatementRecordView send(@PathParam("id") long id, Dispatch body) {
        Requests.body(body);
        return statements.send(id, Requests.version(body.version()), Requests.body(body.data()));
    }

    /** The customer signed it back on {@code signedOn}, or disputed it ({@code dispute}: which entries, why). */
    @POST
    @Path("{id}/reply")
    @Requires(InvoicingModule.WRITE)
    public StatementRecordView reply(@PathParam("id") long id, Answer body) {
        Requests.body(body);
        return statements.reply(id, Requests.version(body.version()), Requests.body(body.data()));
    }

    @POST
    @Path("{id}/cancellation")
    @Requires(InvoicingModule.WRITE)
    public StatementRecordView withdraw(@PathParam("id") long id, Withdrawal body) {
        Requests.body(body);
        return statements.withdraw(id, Requests.version(body.version()), body.reason());
    }

    @GET
    @Path("{id}/history")
    @Requires(InvoicingModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return statements.history(id);
    }
}
