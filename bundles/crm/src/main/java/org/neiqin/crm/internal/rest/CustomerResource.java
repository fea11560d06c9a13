package org.neiqin.crm.internal.rest;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.crm.internal.ContactData;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.CsvImport;
import org.neiqin.crm.internal.CustomerData;
import org.neiqin.crm.internal.CustomerQuery;
import org.neiqin.crm.internal.CustomerReports;
import org.neiqin.crm.internal.CustomerRow;
import org.neiqin.crm.internal.CustomerImports;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.crm.internal.CustomerView;
import org.neiqin.crm.internal.ExposureRow;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.imports.RecordImport;
import org.neiqin.kit.rest.ImportAnswer;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Customer files over REST: a thin layer over {@link CustomerService}, which checks and audits everything. */
@Component(service = CustomerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("crm/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {
    @Reference
    private CustomerService crm;
    @Reference
    private CustomerImports imports;
    @Reference
    private CustomerReports reports;

    /** A change to a card: the version the client loaded and the new data. */
    public record Update(Integer version, CustomerData customer) {
    }

    /** Archiving needs the version the client loaded. */
    public record Archive(Integer version) {
    }

    @GET
    @Requires(CrmModule.READ)
    @Lists(org.neiqin.crm.internal.CustomerQuery.class)
    public ListQuery.Page<CustomerRow> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, CustomerQuery.FILTERS);
        return crm.list(CustomerQuery.from(name -> Forms.trimmed(q.getFirst(name)), ListParams.offset(offset),
                ListParams.limit(limit, 50)));
    }


    @POST
    @Requires(CrmModule.WRITE)
    @Answers(status = 201, value = CustomerView.class)
    public Response create(CustomerData data) {
        CustomerView v = crm.create(Requests.body(data));
        return Requests.created("crm/customers/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(CrmModule.READ)
    public CustomerView get(@PathParam("id") long id) {
        return crm.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(CrmModule.WRITE)
    public CustomerView update(@PathParam("id") long id, Update update) {
        Requests.body(update);
        return crm.update(id, Requests.version(update.version()), Requests.body(update.customer()));
    }

    @POST
    @Path("{id}/archive")
    @Requires(CrmModule.ARCHIVE)
    public CustomerView archive(@PathParam("id") long id, Archive archive) {
        return crm.archive(id, Requests.version(Requests.body(archive).version()));
    }

    @GET
    @Path("{id}/history")
    @Requires(CrmModule.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        crm.get(id);
        return crm.history(id);
    }

    @POST
    @Path("{id}/contacts")
    @Requires(CrmModule.WRITE)
    public CustomerView addContact(@PathParam("id") long id, ContactData contact) {
        return crm.addContact(id, Requests.body(contact));
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    @Requires(CrmModule.WRITE)
    public CustomerView removeContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        return crm.removeContact(id, contactId);
    }

    /**
     * Imports customers from an Excel workbook ({@code .xlsx}, its first sheet) or a CSV file in the
     * encoding it was saved in (UTF-8 with or without a byte order mark, UTF-16, GBK/GB18030, or the
     * {@code charset} named); the first row names the fields. With {@code dryRun=true} (the default)
     * it only reports the problems row by row, how the file was read ({@code format}) and the first
     * names as read ({@code sample}); otherwise it imports every row in one transaction, and only when
     * the file is clean (400 naming every problem otherwise).
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Requires(CrmModule.IMPORT)
    @Answers(ImportAnswer.class)
    public Response importFile(InputStream file, @QueryParam("dryRun") @Typed(Boolean.class) String dryRun, @QueryParam("charset") String charset) {
        boolean dry = ListParams.bool("dryRun", dryRun, true);
        try (ImportFile upload = ImportFile.spool(file)) {
            RecordImport.Checked checked = dry ? imports.checkImport(upload, charset) : imports.importCustomers(upload, charset);
            return Response.ok(ImportAnswer.of(checked, dry)).build();
        }
    }

    @GET
    @Path("import/template")
    @Produces("text/csv")
    @Requires(CrmModule.IMPORT)
    public String template() {
        return CsvImport.template();
    }

    @GET
    @Path("credit-exposure")
    @Requires(CrmModule.READ)
    public List<ExposureRow> creditExposure(@Context UriInfo uri,
            @QueryParam("limit") @Typed(value = Integer.class, min = 1, max = ListQuery.MAX_ROWS) String limit) {
        ListParams.only(uri.getQueryParameters(), "limit");
        return reports.creditExposure(ListParams.whole("limit", limit, 1, ListQuery.MAX_ROWS, 1000));
    }

    @GET
    @Path("report/{dimension}")
    @Requires(CrmModule.READ)
    public Map<String, Long> report(@PathParam("dimension") String dimension) {
        return reports.countBy(dimension);
    }

}
