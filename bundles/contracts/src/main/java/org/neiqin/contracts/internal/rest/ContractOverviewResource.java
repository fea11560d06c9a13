package org.neiqin.contracts.internal.rest;

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

import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.contracts.internal.ContractReports;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.ShipDateService;
import org.neiqin.contracts.internal.StockUpService;
import org.neiqin.contracts.internal.StockUpView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The office's views across documents over REST, under {@code /neiqin/api/contracts}: the open stock-up requests and
 * purchasing's answer, the planning board, and the reports (statistics, price level, margins, receivables).
 */
@Component(service = ContractOverviewResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractOverviewResource {
    @Reference
    private ContractReports reports;
    @Reference
    private StockUpService stockUps;
    @Reference
    private ShipDateService shipDates;
    @Reference
    private org.neiqin.api.time.CompanyClock clock;

    @GET
    @Path("stock-ups")
    @Requires(ContractsModule.READ)
    public List<StockUpView> openStockUps() {
        return stockUps.list(null);
    }

    @POST
    @Path("stock-ups/{id}/answer")
    @Requires(ContractsModule.STOCK)
    public StockUpView answer(@PathParam("id") long id, ContractResource.Answer answer) {
        Requests.body(answer);
        return stockUps.answer(id, Requests.version(answer.version()), answer.state(), answer.answer());
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
}
