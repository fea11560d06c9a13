package org.neiqin.contracts.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.api.review.Review;
import org.neiqin.contracts.internal.StockUpState;
import org.neiqin.contracts.internal.ContractReports;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentData;
import org.neiqin.contracts.internal.DocumentQuery;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentRow;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.contracts.internal.DraftService;
import org.neiqin.contracts.internal.InForceService;
import org.neiqin.contracts.internal.LineData;
import org.neiqin.contracts.internal.RevisionView;
import org.neiqin.contracts.internal.ShipDateData;
import org.neiqin.contracts.internal.ShipDateService;
import org.neiqin.contracts.internal.ShipDateView;
import org.neiqin.contracts.internal.StockUpData;
import org.neiqin.contracts.internal.StockUpService;
import org.neiqin.contracts.internal.StockUpView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Quotations, orders and contracts over REST: a thin layer over {@link DraftService} and the other services, which
 * checks, reviews and audits everything. One root resource, so that its paths never compete with
 * another resource's.
 */
@Component(service = ContractResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {
    @Reference
    private ContractLedger ledger;
    @Reference
    private ContractReports reports;
    @Reference
    private DocumentReader reader;
    @Reference
    private DraftService drafts;
    @Reference
    private InForceService inForce;
    @Reference
    private StockUpService stockUps;
    @Reference
    private ShipDateService shipDates;
    @Reference
    private org.neiqin.api.time.CompanyClock clock;

    /** A new document: its kind, header and lines. */
    public record NewDocument(DocumentKind kind, DocumentData document, List<LineData> lines) {
    }

    /** A changed draft, an amendment or a quotation revision: the version loaded, header, lines, and why. */
    public record Change(Integer version, DocumentData document, List<LineData> lines, String reason) {
    }

    /** A state change that needs only the version loaded (submit, convert) and maybe a reason (close). */
    public record Step(Integer version, String reason) {
    }

    /** The copy the customer signed. */
    public record Signed(Integer version, LocalDate signedOn, String signedCopy) {
    }

    /** Purchasing's answer to a stock-up request. */
    public record Answer(Integer version, StockUpState state, String answer) {
    }

    /** Planning's answer for a line; {@code version} is the answer's as last read (empty for the first). */
    public record Commitment(Integer version, ShipDateData data) {
    }

    @GET
    @Path("documents")
    @Requires(ContractsModule.READ)
    @Lists(org.neiqin.contracts.internal.DocumentQuery.class)
    public ListQuery.Page<DocumentRow> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, DocumentQuery.FILTERS);
        return reader.list(DocumentQuery.from(q::getFirst, ListParams.offset(offset), ListParams.limit(limit, 50)));
    }

    @POST
    @Path("documents")
    @Requires(ContractsModule.WRITE)
    @Answers(status = 201, value = DocumentView.class)
    public Response create(NewDocument body) {
        Requests.body(body);
        DocumentView v = drafts.create(body.kind(), body.document(), lines(body.lines()));
        return Requests.created("contracts/documents/" + v.id(), v);
    }

    @GET
    @Path("documents/{id}")
    @Requires(ContractsModule.READ)
    public DocumentView get(@PathParam("id") long id) {
        return reader.get(id);
    }

    @PUT
    @Path("documents/{id}")
    @Requires(ContractsModule.WRITE)
    public DocumentView update(@PathParam("id") long id, Change change) {
        Requests.body(change);
        return drafts.updateDraft(id, Requests.version(change.version()), change.document(), lines(change.lines()));
    }

    @POST
    @Path("documents/{id}/submission")
    @Requires(ContractsModule.WRITE)
    public DocumentView submit(@PathParam("id") long id, Step step) {
        return drafts.submit(id, Requests.version(Requests.body(step).version()));
    }

    @POST
    @Path("documents/{id}/amendments")
    @Requires(ContractsModule.WRITE)
    public DocumentView amend(@PathParam("id") long id, Change change) {
        Requests.body(change);
        return inForce.amend(id, Requests.version(change.version()), change.document(), lines(change.lines()),
                change.reason());
    }

    @POST
    @Path("documents/{id}/conversion")
    @Requires(ContractsModule.WRITE)
    @Answers(status = 201, value = DocumentView.class)
    public Response convert(@PathParam("id") long id, Step step) {
        DocumentView order = drafts.convert(id, Requests.version(Requests.body(step).version()));
        return Requests.created("contracts/documents/" + order.id(), order);
    }

    @POST
    @Path("documents/{id}/signature")
    @Requires(ContractsModule.WRITE)
    public DocumentView signed(@PathParam("id") long id, Signed signed) {
        Requests.body(signed);
        return inForce.recordSigned(id, Requests.version(signed.version()), signed.signedOn(), signed.signedCopy());
    }

    @POST
    @Path("documents/{id}/closure")
    @Requires(ContractsModule.CLOSE)
    public DocumentView close(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return inForce.close(id, Requests.version(step.version()), step.reason());
    }

    @GET
    @Path("documents/{id}/schedule")
    @Requires(ContractsModule.READ)
    public FulfilmentSchedule schedule(@PathParam("id") long id) {
        return ledger.schedule(id);
    }

    @GET
    @Path("documents/{id}/revisions")
    @Requires(ContractsModule.READ)
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return reader.revisions(id);
    }

    @GET
    @Path("documents/{id}/history")
    @Requires(ContractsModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return reader.history(id);
    }

    @GET
    @Path("documents/{id}/reviews")
    @Requires(ContractsModule.READ)
    public List<Review> reviews(@PathParam("id") long id) {
        return reader.reviewTrail(id);
    }

    @GET
    @Path("documents/{id}/stock-ups")
    @Requires(ContractsModule.READ)
    public List<StockUpView> stockUps(@PathParam("id") long id) {
        reader.get(id);
        return stockUps.list(id);
    }

    @POST
    @Path("documents/{id}/stock-ups")
    @Requires(ContractsModule.WRITE)
    @Answers(status = 201, value = StockUpView.class)
    public Response requestStockUp(@PathParam("id") long id, StockUpData data) {
        StockUpView v = stockUps.request(id, Requests.body(data));
        return Requests.created("contracts/stock-ups/" + v.id(), v);
    }

    @GET
    @Path("stock-ups")
    @Requires(ContractsModule.READ)
    public List<StockUpView> openStockUps() {
        return stockUps.list(null);
    }

    @POST
    @Path("stock-ups/{id}/answer")
    @Requires(ContractsModule.STOCK)
    public StockUpView answer(@PathParam("id") long id, Answer answer) {
        Requests.body(answer);
        return stockUps.answer(id, Requests.version(answer.version()), answer.state(), answer.answer());
    }

    /** Every line of a document with the delivery date promised and planning's answer. */
    @GET
    @Path("documents/{id}/ship-dates")
    @Requires(ContractsModule.READ)
    public List<ShipDateView> shipDates(@PathParam("id") long id) {
        return shipDates.forDocument(id);
    }

    /** The planning clerk commits (or moves) the date a line can ship. */
    @PUT
    @Path("documents/{id}/ship-dates/{lineKey}")
    @Requires(ContractsModule.PLAN)
    public ShipDateView commitShipDate(@PathParam("id") long id, @PathParam("lineKey") long lineKey, Commitment c) {
        Requests.body(c);
        return shipDates.commit(id, lineKey, c.version(), Requests.body(c.data()));
    }

    /** The office chases planning for a line that waits for its date. */
    @POST
    @Path("documents/{id}/ship-dates/{lineKey}/chase")
    @Requires(ContractsModule.WRITE)
    public ShipDateView chaseShipDate(@PathParam("id") long id, @PathParam("lineKey") long lineKey) {
        return shipDates.chase(id, lineKey);
    }

    /** The office records that the customer was told of a committed date later than promised. */
    @POST
    @Path("documents/{id}/ship-dates/{lineKey}/customer-told")
    @Requires(ContractsModule.WRITE)
    public ShipDateView customerTold(@PathParam("id") long id, @PathParam("lineKey") long lineKey, Step step) {
        Requests.body(step);
        return shipDates.told(id, lineKey, Requests.version(step.version()));
    }

    /**
     * The planning board: {@code show} AWAITING (lines waiting for a committed date), LATE (committed later than
     * promised, customer not yet told) or COMMITTED; at most {@value ShipDateService#BOARD_LIMIT} lines, all counted.
     */
    @GET
    @Path("ship-dates")
    @Requires(ContractsModule.READ)
    public ShipDateService.Board planningBoard(@Context UriInfo uri, @QueryParam("show") @DefaultValue("AWAITING")
            @Typed(ShipDateService.Show.class) String show) {
        ListParams.only(uri.getQueryParameters(), "show");
        return shipDates.board(Forms.choice(ShipDateService.Show.class, "show", show));
    }

    /** Count, value and fulfilment rate; {@code period} MONTH, QUARTER or YEAR; {@code by} NONE, SALESPERSON, CUSTOMER or REGION. */
    @GET
    @Path("statistics")
    @Requires(ContractsModule.READ)
    public List<org.neiqin.contracts.internal.Statistics.Row> statistics(@Context UriInfo uri, @QueryParam("from") @Typed(LocalDate.class) String from,
            @QueryParam("to") @Typed(LocalDate.class) String to, @QueryParam("period") @DefaultValue("MONTH")
            @Typed(org.neiqin.contracts.internal.Statistics.Period.class) String period,
            @QueryParam("by") @DefaultValue("NONE")
            @Typed(org.neiqin.contracts.internal.Statistics.Dimension.class) String by, @QueryParam("kind") @Typed(DocumentKind.class) String kind) {
        ListParams.only(uri.getQueryParameters(), "from", "to", "period", "by", "kind");
        return reports.statistics(Forms.parse(LocalDate.class, "from", from),
                Forms.parse(LocalDate.class, "to", to),
                Forms.choice(org.neiqin.contracts.internal.Statistics.Period.class, "period", period),
                Forms.choice(org.neiqin.contracts.internal.Statistics.Dimension.class, "by", by),
                Forms.choice(DocumentKind.class, "kind", kind));
    }

    /**
     * The price level realised: lines naming a product sold against their list price; {@code period} MONTH, QUARTER
     * or YEAR; {@code by} GRADE, REGION or PRODUCT; from the first of the year to today unless given.
     */
    @GET
    @Path("price-level")
    @Requires(ContractsModule.READ)
    public List<org.neiqin.contracts.internal.PriceLevel.Row> priceLevel(@Context UriInfo uri,
            @QueryParam("from") @Typed(LocalDate.class) String from, @QueryParam("to") @Typed(LocalDate.class) String to,
            @QueryParam("period") @DefaultValue("MONTH") @Typed(org.neiqin.contracts.internal.Statistics.Period.class) String period,
            @QueryParam("by") @DefaultValue("GRADE") @Typed(org.neiqin.contracts.internal.PriceLevel.Dimension.class) String by) {
        ListParams.only(uri.getQueryParameters(), "from", "to", "period", "by");
        LocalDate end = to == null ? clock.today() : Forms.parse(LocalDate.class, "to", to);
        LocalDate start = from == null ? end.withDayOfYear(1) : Forms.parse(LocalDate.class, "from", from);
        return reports.priceLevel(start, end, Forms.choice(org.neiqin.contracts.internal.Statistics.Period.class, "period",
                period), Forms.choice(org.neiqin.contracts.internal.PriceLevel.Dimension.class, "by", by));
    }

    /**
     * The margin of the lines naming a catalogue product against the catalogue's cost prices, for those who may see
     * costs ({@code catalog.cost}, whose holders all read the documents too; without the catalogue nobody holds it);
     * {@code by} PRODUCT, CUSTOMER or SALESPERSON; from the first of the year to today unless given.
     */
    @GET
    @Path("margins")
    @Requires(org.neiqin.api.catalog.Catalog.COST)
    public List<org.neiqin.contracts.internal.Margins.Row> margins(@Context UriInfo uri,
            @QueryParam("from") @Typed(LocalDate.class) String from, @QueryParam("to") @Typed(LocalDate.class) String to,
            @QueryParam("by") @DefaultValue("PRODUCT") @Typed(org.neiqin.contracts.internal.Margins.Dimension.class) String by) {
        ListParams.only(uri.getQueryParameters(), "from", "to", "by");
        LocalDate end = to == null ? clock.today() : Forms.parse(LocalDate.class, "to", to);
        LocalDate start = from == null ? end.withDayOfYear(1) : Forms.parse(LocalDate.class, "from", from);
        return reports.margins(start, end, Forms.choice(org.neiqin.contracts.internal.Margins.Dimension.class, "by", by));
    }

    @GET
    @Path("receivables")
    @Requires(ContractsModule.READ)
    public List<FulfilmentSchedule> receivables(@Context UriInfo uri, @QueryParam("customer") @Typed(value = Long.class, min = 1) String customer) {
        ListParams.only(uri.getQueryParameters(), "customer");
        return reports.receivables(ListParams.optionalId("customer", customer));
    }

    private static List<LineData> lines(List<LineData> lines) {
        return lines == null ? List.of() : lines;
    }
}
