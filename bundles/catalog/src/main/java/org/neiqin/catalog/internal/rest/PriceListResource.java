package org.neiqin.catalog.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceListData;
import org.neiqin.catalog.internal.prices.PriceListService;
import org.neiqin.catalog.internal.prices.PriceViews.PriceListView;
import org.neiqin.catalog.internal.prices.PriceViews.VersionView;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Price lists over REST, under {@code /neiqin/api/catalog/price-lists}: a list, its scope and its versions. */
@Component(service = PriceListResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("catalog/price-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceListResource {
    @Reference
    private PriceListService service;

    /** A change of a list: the version the client loaded and the new data. */
    public record PriceListUpdate(Integer version, PriceListData data) {
    }

    /** Every price list, by code, each with its versions and which is in force today. */
    @GET
    @Requires(CatalogModule.READ)
    public List<PriceListView> list(@Context UriInfo uri) {
        ListParams.only(uri.getQueryParameters());
        return service.lists();
    }

    @POST
    @Requires(CatalogModule.PRICES)
    @Answers(status = 201, value = PriceListView.class)
    public Response create(PriceListData data) {
        PriceListView v = service.createList(Requests.body(data));
        return Requests.created("catalog/price-lists/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(CatalogModule.READ)
    public PriceListView get(@PathParam("id") long id) {
        return service.getList(id);
    }

    @PUT
    @Path("{id}")
    @Requires(CatalogModule.PRICES)
    public PriceListView update(@PathParam("id") long id, PriceListUpdate update) {
        Requests.body(update);
        return service.updateList(id, Requests.version(update.version()), Requests.body(update.data()));
    }

    /** A new draft version, starting from the latest version's prices (no body). */
    @POST
    @Path("{id}/versions")
    @Requires(CatalogModule.PRICES)
    @Answers(status = 201, value = VersionView.class)
    public Response newVersion(@PathParam("id") long id) {
        VersionView v = service.newVersion(id);
        return Requests.created("catalog/price-versions/" + v.id(), v);
    }

    @GET
    @Path("{id}/history")
    @Requires(CatalogModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.listHistory(id);
    }
}
