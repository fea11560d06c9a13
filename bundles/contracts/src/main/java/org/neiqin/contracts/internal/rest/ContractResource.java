package org.neiqin.contracts.internal.rest;

import java.time.LocalDate;
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
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.review.Review;
import org.neiqin.contracts.internal.StockUpState;
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
import org.neiqin.contracts.internal.StockUpData;
import org.neiqin.contracts.internal.StockUpService;
import org.neiqin.contracts.internal.StockUpView;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * One quotation, order or contract over REST, under {@code /neiqin/api/contracts/documents}: its list, its life
 * (prepared, submitted, amended, converted, signed, closed), what it keeps (schedule, revisions, history, reviews)
 * and its stock-up requests; a thin layer over {@link DraftService} and the other services, which check, review
 * and audit everything. Its lines' ship dates are {@link ShipDateResource}'s, the views across documents
 * {@link ContractOverviewResource}'s. The request records of all three are here.
 */
@Component(service = ContractResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("contracts/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {
    @Reference
    private DocumentReader reader;
    @Reference
    private DraftService drafts;
    @Reference
    private InForceService inForce;
    @Reference
    private StockUpService stockUps;
    @Reference
    private ContractLedger ledger;

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
    @Requires(ContractsModule.READ)
    @Lists(org.neiqin.contracts.internal.DocumentQuery.class)
    public ListQuery.Page<DocumentRow> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, DocumentQuery.FILTERS);
        return reader.list(DocumentQuery.from(q::getFirst, ListParams.offset(offset), ListParams.limit(limit, 50)));
    }

    @POST
    @Requires(ContractsModule.WRITE)
    @Answers(status = 201, value = DocumentView.class)
    public Response create(NewDocument body) {
        Requests.body(body);
        DocumentView v = drafts.create(body.kind(), body.document(), lines(body.lines()));
        return Requests.created("contracts/documents/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(ContractsModule.READ)
    public DocumentView get(@PathParam("id") long id) {
        return reader.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(ContractsModule.WRITE)
    public DocumentView update(@PathParam("id") long id, Change change) {
        Requests.body(change);
        return drafts.updateDraft(id, Requests.version(change.version()), change.document(), lines(change.lines()));
    }

    @POST
    @Path("{id}/submission")
    @Requires(ContractsModule.WRITE)
    public DocumentView submit(@PathParam("id") long id, Step step) {
        return drafts.submit(id, Requests.version(Requests.body(step).version()));
    }

    @POST
    @Path("{id}/amendments")
    @Requires(ContractsModule.WRITE)
    public DocumentView amend(@PathParam("id") long id, Change change) {
        Requests.body(change);
        return inForce.amend(id, Requests.version(change.version()), change.document(), lines(change.lines()),
                change.reason());
    }

    @POST
    @Path("{id}/conversion")
    @Requires(ContractsModule.WRITE)
    @Answers(status = 201, value = DocumentView.class)
    public Response convert(@PathParam("id") long id, Step step) {
        DocumentView order = drafts.convert(id, Requests.version(Requests.body(step).version()));
        return Requests.created("contracts/documents/" + order.id(), order);
    }

    @POST
    @Path("{id}/signature")
    @Requires(ContractsModule.WRITE)
    public DocumentView signed(@PathParam("id") long id, Signed signed) {
        Requests.body(signed);
        return inForce.recordSigned(id, Requests.version(signed.version()), signed.signedOn(), signed.signedCopy());
    }

    @POST
    @Path("{id}/closure")
    @Requires(ContractsModule.CLOSE)
    public DocumentView close(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return inForce.close(id, Requests.version(step.version()), step.reason());
    }

    @GET
    @Path("{id}/schedule")
    @Requires(ContractsModule.READ)
    public FulfilmentSchedule schedule(@PathParam("id") long id) {
        return ledger.schedule(id);
    }

    @GET
    @Path("{id}/revisions")
    @Requires(ContractsModule.READ)
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return reader.revisions(id);
    }

    @GET
    @Path("{id}/history")
    @Requires(ContractsModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return reader.history(id);
    }

    @GET
    @Path("{id}/reviews")
    @Requires(ContractsModule.READ)
    public List<Review> reviews(@PathParam("id") long id) {
        return reader.reviewTrail(id);
    }

    @GET
    @Path("{id}/stock-ups")
    @Requires(ContractsModule.READ)
    public List<StockUpView> stockUps(@PathParam("id") long id) {
        reader.get(id);
        return stockUps.list(id);
    }

    @POST
    @Path("{id}/stock-ups")
    @Requires(ContractsModule.WRITE)
    @Answers(status = 201, value = StockUpView.class)
    public Response requestStockUp(@PathParam("id") long id, StockUpData data) {
        StockUpView v = stockUps.request(id, Requests.body(data));
        return Requests.created("contracts/stock-ups/" + v.id(), v);
    }

    private static List<LineData> lines(List<LineData> lines) {
        return lines == null ? List.of() : lines;
    }
}
