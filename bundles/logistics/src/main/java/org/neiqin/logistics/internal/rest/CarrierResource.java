package org.neiqin.logistics.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Response;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.neiqin.logistics.internal.CarrierRequest;
import org.neiqin.logistics.internal.CarrierService;
import org.neiqin.logistics.internal.CarrierView;
import org.neiqin.logistics.internal.LogisticsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /neiqin/api/logistics/carriers}: the register of logistics companies, their screening and performance. */
@Component(service = CarrierResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("logistics/carriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarrierResource {
    private final CarrierService carriers;

    /** A manager's screening, at the version loaded, saying what was checked. */
    public record Screening(Integer version, String note) {
    }

    @Activate
    public CarrierResource(@Reference CarrierService carriers) {
        this.carriers = carriers;
    }

    /** The register, by name, each company with how it performed. */
    @GET
    @Requires(LogisticsModule.READ)
    public List<CarrierView> list(@Context UriInfo uri) {
        ListParams.only(uri.getQueryParameters());
        return carriers.list();
    }

    /** Enters a company: 201 with it. */
    @POST
    @Requires(LogisticsModule.CARRIERS)
    @Answers(status = 201, value = CarrierView.class)
    public Response register(CarrierRequest request) {
        Requests.body(request);
        CarrierView v = carriers.register(request);
        return Requests.created("logistics/carriers/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(LogisticsModule.READ)
    public CarrierView get(@PathParam("id") long id) {
        return carriers.get(id);
    }

    @GET
    @Path("{id}/history")
    @Requires(LogisticsModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return carriers.history(id);
    }

    /** A manager screens the company before it carries goods. */
    @POST
    @Path("{id}/screening")
    @Requires(LogisticsModule.SCREEN)
    public CarrierView screen(@PathParam("id") long id, Screening s) {
        return carriers.screen(id, Requests.version(Requests.body(s).version()), s.note());
    }
}
