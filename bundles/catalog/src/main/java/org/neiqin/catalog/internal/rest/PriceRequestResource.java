package org.neiqin.catalog.internal.rest;

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
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceRequestData;
import org.neiqin.catalog.internal.prices.PriceRequestService;
import org.neiqin.catalog.internal.prices.PriceRequestState;
import org.neiqin.catalog.internal.prices.PriceViews.PriceRequestView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Unit-price requests over REST, under {@code /neiqin/api/catalog/price-requests}: asked here, decided in review. */
@Component(service = PriceRequestResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("catalog/price-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceRequestResource {
    @Reference
    private PriceRequestService service;

    /** The requests, newest first; {@code state} REQUESTED, APPROVED or REJECTED. */
    @GET
    @Requires(CatalogModule.READ)
    public List<PriceRequestView> list(@Context UriInfo uri, @QueryParam("state") @Typed(PriceRequestState.class) String state) {
        ListParams.only(uri.getQueryParameters(), "state");
        return service.list(Forms.choice(PriceRequestState.class, "state", state));
    }

    /** Asks for a customer's price of a product; a manager decides it in review ({@code catalog.priceRequest}). */
    @POST
    @Requires(CatalogModule.PRICES)
    @Answers(status = 201, value = PriceRequestView.class)
    public Response request(PriceRequestData data) {
        PriceRequestView v = service.request(Requests.body(data));
        return Requests.created("catalog/price-requests/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(CatalogModule.READ)
    public PriceRequestView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/history")
    @Requires(CatalogModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
