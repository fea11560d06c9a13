package org.neiqin.leads.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.kit.rest.Requests;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.offers.OfferData;
import org.neiqin.leads.internal.offers.OfferService;
import org.neiqin.leads.internal.offers.OfferView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The investment offers over REST, under {@code /neiqin/api/leads/offers}. */
@Component(service = OfferResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("leads/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {
    @Reference
    private OfferService offers;

    /** A change at the version loaded. */
    public record Update(Integer version, OfferData data) {
    }

    /** At the version loaded. */
    public record At(Integer version) {
    }

    @GET
    @Requires(LeadsModule.READ)
    public List<OfferView> list() {
        return offers.list();
    }

    @POST
    @Requires(LeadsModule.ASSIGN)
    @Answers(status = 201, value = OfferView.class)
    public Response create(OfferData data) {
        OfferView v = offers.create(Requests.body(data));
        return Requests.created("leads/offers/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(LeadsModule.READ)
    public OfferView get(@PathParam("id") long id) {
        return offers.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(LeadsModule.ASSIGN)
    public OfferView update(@PathParam("id") long id, Update update) {
        Requests.body(update);
        return offers.update(id, Requests.version(update.version()), Requests.body(update.data()));
    }

    @POST
    @Path("{id}/publication")
    @Requires(LeadsModule.ASSIGN)
    public OfferView publish(@PathParam("id") long id, At body) {
        Requests.body(body);
        return offers.publish(id, Requests.version(body.version()));
    }

    @POST
    @Path("{id}/withdrawal")
    @Requires(LeadsModule.ASSIGN)
    public OfferView withdraw(@PathParam("id") long id, At body) {
        Requests.body(body);
        return offers.withdraw(id, Requests.version(body.version()));
    }

    @GET
    @Path("{id}/history")
    @Requires(LeadsModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return offers.history(id);
    }
}
