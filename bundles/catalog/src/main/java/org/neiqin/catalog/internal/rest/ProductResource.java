package org.neiqin.catalog.internal.rest;

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

import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.ProductData;
import org.neiqin.catalog.internal.ProductQuery;
import org.neiqin.catalog.internal.ProductRow;
import org.neiqin.catalog.internal.ProductService;
import org.neiqin.catalog.internal.ProductView;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.neiqin.catalog.internal.ProductImport;
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.rest.ImportAnswer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The products over REST, under {@code /neiqin/api/catalog/products}: a thin layer over the service. */
@Component(service = ProductResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    @Reference
    private ProductService service;

    /** A change: the version the client loaded and the new data. */
    public record Update(Integer version, ProductData data) {
    }

    /** A step of the product's life (discontinued, reinstated): the version the client loaded and why. */
    public record Step(Integer version, String reason) {
    }

    @GET
    @Requires(CatalogModule.READ)
    @Lists(ProductQuery.class)
    public ListQuery.Page<ProductRow> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, ProductQuery.FILTERS);
        return service.list(ProductQuery.from(q::getFirst, ListParams.offset(offset), ListParams.limit(limit, 50)));
    }

    @POST
    @Requires(CatalogModule.WRITE)
    @Answers(status = 201, value = ProductView.class)
    public Response create(ProductData data) {
        ProductView v = service.create(Requests.body(data));
        return Requests.created("catalog/products/" + v.id(), v);
    }

    /**
     * Imports products from an Excel workbook ({@code .xlsx}, its first sheet) or a CSV file in the encoding it was
     * saved in (or the {@code charset} named); the first row names the fields (the template's, or the export's). A row
     * whose code is in the catalogue changes that product, any other row adds one. With {@code dryRun=true} (the
     * default) it only reports the problems row by row; otherwise it imports every row in one transaction, and only
     * when the file is clean (400 naming every problem otherwise).
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Requires(CatalogModule.WRITE)
    @Answers(ImportAnswer.class)
    public Response importFile(java.io.InputStream file, @QueryParam("dryRun") @Typed(Boolean.class) String dryRun,
            @QueryParam("charset") String charset) {
        boolean dry = ListParams.bool("dryRun", dryRun, true);
        try (ImportFile upload = ImportFile.spool(file)) {
            return Response.ok(ImportAnswer.of(dry ? service.checkImport(upload, charset)
                    : service.importProducts(upload, charset), dry)).build();
        }
    }

    /** A file to start an import from: every column, and one example product. */
    @GET
    @Path("import/template")
    @Produces("text/csv")
    @Requires(CatalogModule.READ)
    public String template() {
        return ProductImport.template(service.mayCost());
    }

    /** Every product in the import's columns, by code (cost prices only to those who may see them): CSV. */
    @GET
    @Path("export")
    @Produces("text/csv")
    @Requires(CatalogModule.READ)
    public String export() {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : service.export()) {
            sb.append(row.stream().map(org.neiqin.api.console.Csv::cell).collect(java.util.stream.Collectors.joining(",")))
                    .append("\r\n");
        }
        return sb.toString();
    }

    @GET
    @Path("{id}")
    @Requires(CatalogModule.READ)
    public ProductView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(CatalogModule.WRITE)
    public ProductView update(@PathParam("id") long id, Update update) {
        Requests.body(update);
        return service.update(id, Requests.version(update.version()), Requests.body(update.data()));
    }

    /** No new line may name the product any more (documents that name it keep it). */
    @POST
    @Path("{id}/discontinuation")
    @Requires(CatalogModule.DISCONTINUE)
    public ProductView discontinue(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return service.discontinue(id, Requests.version(step.version()), step.reason());
    }

    /** The discontinued product may go on new lines again. */
    @POST
    @Path("{id}/reinstatement")
    @Requires(CatalogModule.DISCONTINUE)
    public ProductView reinstate(@PathParam("id") long id, Step step) {
        Requests.body(step);
        return service.reinstate(id, Requests.version(step.version()), step.reason());
    }

    @GET
    @Path("{id}/history")
    @Requires(CatalogModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
