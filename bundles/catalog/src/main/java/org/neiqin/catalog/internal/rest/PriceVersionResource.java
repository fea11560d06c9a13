package org.neiqin.catalog.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceEntryData;
import org.neiqin.catalog.internal.prices.PriceListService;
import org.neiqin.catalog.internal.prices.PriceViews.VersionView;
import org.neiqin.catalog.internal.prices.VersionHeader;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Price-list versions over REST, under {@code /neiqin/api/catalog/price-versions}: a draft's date of effect and
 * prices changed at its version, its submission to review, the version as it is (an approved one never changes).
 */
@Component(service = PriceVersionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("catalog/price-versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceVersionResource {
    @Reference
    private PriceListService service;

    /** A draft's change: the version the client loaded, the day it takes effect, a note and every price. */
    public record PriceVersionChange(Integer version, LocalDate effectiveFrom, String note, List<PriceEntryData> entries) {
    }

    /** A step of the version (its submission to review): the version the client loaded. */
    public record PriceVersionStep(Integer version) {
    }

    @GET
    @Path("{id}")
    @Requires(CatalogModule.READ)
    public VersionView get(@PathParam("id") long id) {
        return service.getVersion(id);
    }

    @PUT
    @Path("{id}")
    @Requires(CatalogModule.PRICES)
    public VersionView update(@PathParam("id") long id, PriceVersionChange change) {
        Requests.body(change);
        return service.updateVersion(id, Requests.version(change.version()), new VersionHeader(change.effectiveFrom(),
                change.note()), change.entries() == null ? List.of() : change.entries());
    }

    /** Sends the draft to review; approved, it is in force from its date. */
    @POST
    @Path("{id}/submission")
    @Requires(CatalogModule.PRICES)
    public VersionView submit(@PathParam("id") long id, PriceVersionStep step) {
        Requests.body(step);
        return service.submit(id, Requests.version(step.version()));
    }

    @GET
    @Path("{id}/history")
    @Requires(CatalogModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.versionHistory(id);
    }
}
