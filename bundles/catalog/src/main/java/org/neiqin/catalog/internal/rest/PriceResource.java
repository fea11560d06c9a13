package org.neiqin.catalog.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Catalog.ListPrice;
import org.neiqin.api.crm.Grade;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceFinder;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The price a customer pays for a product on a day, under {@code /neiqin/api/catalog/prices}: from the customer's own
 * list, else its grade's and region's, else the default list (README "Price lists"); with the customer files
 * installed, the customer's grade and region come from its card unless given.
 */
@Component(service = PriceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("catalog/prices")
@Produces(MediaType.APPLICATION_JSON)
public class PriceResource {
    @Reference
    private PriceFinder service;
    /** With the customer files installed, a customer's grade and region are read from its card when not given. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.neiqin.api.crm.CustomerDirectory customers;

    /** 404 when no list has a price for the product that day. */
    @GET
    @Requires(CatalogModule.READ)
    public ListPrice price(@Context UriInfo uri, @QueryParam("product") @Typed(value = Long.class, min = 1) String product,
            @QueryParam("customer") @Typed(value = Long.class, min = 1) String customer,
            @QueryParam("grade") @Typed(Grade.class) String grade, @QueryParam("region") String region,
            @QueryParam("on") @Typed(LocalDate.class) String on) {
        ListParams.only(uri.getQueryParameters(), "product", "customer", "grade", "region", "on");
        Long id = ListParams.optionalId("product", product);
        if (id == null) {
            throw new org.neiqin.api.error.ValidationException("product", "required", Text.of(
                    "catalog.prices.product.required", "say which product (product=<id>)"));
        }
        LocalDate day = on == null ? service.today() : Forms.parse(LocalDate.class, "on", on);
        Long customerId = ListParams.optionalId("customer", customer);
        Grade g = Forms.choice(Grade.class, "grade", grade);
        String r = Forms.trimmed(region);
        org.neiqin.api.crm.CustomerDirectory directory = customers;
        if (customerId != null && g == null && r == null && directory != null) {
            java.util.Optional<org.neiqin.api.crm.CustomerSummary> card = directory.find(customerId);
            g = card.map(org.neiqin.api.crm.CustomerSummary::grade).orElse(null);
            r = card.map(org.neiqin.api.crm.CustomerSummary::region).orElse(null);
        }
        Catalog.PriceFor who = new Catalog.PriceFor(customerId, g, r);
        return service.price(id, who, day).orElseThrow(() -> new NotFoundException(Text.of("catalog.prices.none",
                "no price list has a price for product {0} on {1} for these customers", id, day)));
    }
}
