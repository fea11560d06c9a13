package org.neiqin.contracts.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.ShipDateService;
import org.neiqin.contracts.internal.ShipDateView;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The ship dates of one document's lines over REST, under {@code /neiqin/api/contracts/documents/{id}/ship-dates}:
 * what was promised and planning's answer, planning's commitment, the office's chase and its word to the customer.
 */
@Component(service = ShipDateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("contracts/documents/{id}/ship-dates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipDateResource {
    @Reference
    private ShipDateService shipDates;

    /** Every line of a document with the delivery date promised and planning's answer. */
    @GET
    @Requires(ContractsModule.READ)
    public List<ShipDateView> shipDates(@PathParam("id") long id) {
        return shipDates.forDocument(id);
    }

    /** The planning clerk commits (or moves) the date a line can ship. */
    @PUT
    @Path("{lineKey}")
    @Requires(ContractsModule.PLAN)
    public ShipDateView commitShipDate(@PathParam("id") long id, @PathParam("lineKey") long lineKey,
            ContractResource.Commitment c) {
        Requests.body(c);
        return shipDates.commit(id, lineKey, c.version(), Requests.body(c.data()));
    }

    /** The office chases planning for a line that waits for its date. */
    @POST
    @Path("{lineKey}/chase")
    @Requires(ContractsModule.WRITE)
    public ShipDateView chaseShipDate(@PathParam("id") long id, @PathParam("lineKey") long lineKey) {
        return shipDates.chase(id, lineKey);
    }

    /** The office records that the customer was told of a committed date later than promised. */
    @POST
    @Path("{lineKey}/customer-told")
    @Requires(ContractsModule.WRITE)
    public ShipDateView customerTold(@PathParam("id") long id, @PathParam("lineKey") long lineKey,
            ContractResource.Step step) {
        Requests.body(step);
        return shipDates.told(id, lineKey, Requests.version(step.version()));
    }
}
