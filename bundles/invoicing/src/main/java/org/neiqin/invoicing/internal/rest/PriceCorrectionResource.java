package org.neiqin.invoicing.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.PriceCorrectionData;
import org.neiqin.invoicing.internal.PriceCorrectionView;
import org.neiqin.invoicing.internal.PriceCorrections;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Price corrections under {@code /neiqin/api/invoicing/price-corrections}: asked for by the office, decided in the review
 * inbox ({@code invoicing.priceCorrection}).
 */
@Component(service = PriceCorrectionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("invoicing/price-corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceCorrectionResource {
    @Reference
    private PriceCorrections corrections;

    /** The corrections of one order or contract ({@code document}), the latest first. */
    @GET
    @Requires(InvoicingModule.READ)
    public List<PriceCorrectionView> list(@Context UriInfo uri,
            @QueryParam("document") @Typed(value = Long.class, min = 1) String document) {
        ListParams.only(uri.getQueryParameters(), "document");
        return corrections.of(ListParams.id("document", document));
    }

    /** Asks for a line to be billed at another unit price, with a reason (201; a manager reviews it). */
    @POST
    @Requires(InvoicingModule.WRITE)
    @Answers(status = 201, value = PriceCorrectionView.class)
    public Response request(PriceCorrectionData data) {
        PriceCorrectionView v = corrections.request(Requests.body(data));
        return Requests.created("invoicing/price-corrections?document=" + v.documentId(), v);
    }
}
