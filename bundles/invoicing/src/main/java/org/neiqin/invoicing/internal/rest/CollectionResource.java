package org.neiqin.invoicing.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.invoicing.internal.CollectionService;
import org.neiqin.invoicing.internal.CollectionStepView;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.OverdueReport;
import org.neiqin.invoicing.internal.Statement;
import org.neiqin.invoicing.internal.Statements;
import org.neiqin.invoicing.internal.StepDone;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The collection ladder's steps under {@code /neiqin/api/invoicing/collection}, and statements of account under
 * {@code …/invoicing/collection/statements}.
 */
@Component(service = CollectionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("invoicing/collection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollectionResource {
    @Reference
    private CollectionService collection;
    @Reference
    private Statements statements;
    @Reference
    private CompanyClock clock;
    @Reference
    private org.neiqin.invoicing.internal.Ageing ageing;
    @Reference
    private org.neiqin.invoicing.internal.CollectionPlan plan;

    /** A reminder or letter done by hand, at the step's version as the client read it. */
    public record Done(Integer version, StepDone data) {
    }

    /** The salesperson's overdue report, at the step's version as the client read it. */
    public record Report(Integer version, OverdueReport data) {
    }

    /**
     * The steps: {@code show=OPEN} those waiting for somebody (a salesperson: their own), {@code ALL} every step, the
     * latest first; at most {@code limit} (100).
     */
    @GET
    @Path("steps")
    @Requires(InvoicingModule.COLLECT)
    public List<CollectionStepView> steps(@Context UriInfo uri, @QueryParam("show") @DefaultValue("OPEN")
            @Typed(CollectionService.Show.class) String show, @QueryParam("limit")
            @Typed(value = Integer.class, min = 1, max = 1000) String limit) {
        ListParams.only(uri.getQueryParameters(), "show", "limit");
        return collection.board(Forms.choice(CollectionService.Show.class, "show", show),
                ListParams.whole("limit", limit, 1, 1000, 100));
    }

    /** The ladder's steps of one invoice. */
    @GET
    @Path("invoices/{id}")
    @Requires(InvoicingModule.READ)
    public List<CollectionStepView> ofInvoice(@PathParam("id") long id) {
        return collection.ofInvoice(id);
    }

    /** A reminder or letter done by hand (409 {@code done}, {@code paid}, {@code report}). */
    @POST
    @Path("steps/{id}/done")
    @Requires(InvoicingModule.COLLECT)
    public CollectionStepView done(@PathParam("id") long id, Done body) {
        Requests.body(body);
        return collection.done(id, Requests.version(body.version()), Requests.body(body.data()));
    }

    /** The overdue report on a REPORT step (its salesperson or a manager). */
    @POST
    @Path("steps/{id}/report")
    @Requires(InvoicingModule.COLLECT)
    public CollectionStepView report(@PathParam("id") long id, Report body) {
        Requests.body(body);
        return collection.report(id, Requests.version(body.version()), Requests.body(body.data()));
    }

    /**
     * The customer's statement of account (对账单) from {@code from} (the first of this month) to {@code to} (today):
     * opening balance, invoices, credit notes and receipts with the balance after each, closing balance.
     */
    @GET
    @Path("statements/{customer}")
    @Requires(InvoicingModule.READ)
    public Statement statement(@Context UriInfo uri, @PathParam("customer") long customer,
            @QueryParam("from") @Typed(LocalDate.class) String from, @QueryParam("to") @Typed(LocalDate.class) String to) {
        ListParams.only(uri.getQueryParameters(), "from", "to");
        LocalDate end = to == null ? clock.today() : Forms.parse(LocalDate.class, "to", to);
        LocalDate start = from == null ? end.withDayOfMonth(1) : Forms.parse(LocalDate.class, "from", from);
        return statements.of(customer, start, end);
    }

    /**
     * The ageing of receivables as of {@code asOf} (today), a row per {@code by} (CUSTOMER, SALESPERSON or REGION) with
     * what was owed in each bucket of days past due; money received after the day is not counted.
     */
    @GET
    @Path("ageing")
    @Requires(InvoicingModule.READ)
    public org.neiqin.invoicing.internal.Ageing.Report ageing(@Context UriInfo uri,
            @QueryParam("asOf") @Typed(LocalDate.class) String asOf, @QueryParam("by") @DefaultValue("CUSTOMER")
            @Typed(org.neiqin.invoicing.internal.Ageing.By.class) String by) {
        ListParams.only(uri.getQueryParameters(), "asOf", "by");
        return ageing.of(asOf == null ? clock.today() : Forms.parse(LocalDate.class, "asOf", asOf),
                Forms.choice(org.neiqin.invoicing.internal.Ageing.By.class, "by", by), false);
    }

    /** The collection plan of {@code month} (yyyy-MM, this month when not given): plan against what was collected. */
    @GET
    @Path("plan")
    @Requires(InvoicingModule.READ)
    public org.neiqin.invoicing.internal.CollectionPlan.Plan plan(@Context UriInfo uri,
            @QueryParam("month") @Typed(String.class) String month) {
        ListParams.only(uri.getQueryParameters(), "month");
        return plan.of(month(month, clock.today()));
    }

    /** @return the month {@code text} names (yyyy-MM), or this month when none */
    public static java.time.YearMonth month(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return java.time.YearMonth.from(today);
        }
        try {
            return java.time.YearMonth.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.neiqin.api.error.ValidationException("month", "format", org.neiqin.api.error.Text.of(
                    "invoicing.plan.month", "a month is written yyyy-MM, e.g. 2026-12, not {0}", text));
        }
    }
}
