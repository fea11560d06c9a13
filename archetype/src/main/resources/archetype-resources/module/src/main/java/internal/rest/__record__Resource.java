package ${package}.internal.rest;

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

import ${package}.internal.${className}Module;
import ${package}.internal.${record}Data;
import ${package}.internal.${record}Query;
import ${package}.internal.${record}Row;
import ${package}.internal.${record}Service;
import ${package}.internal.${record}View;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The records over REST, under {@code /neiqin/api/${moduleId}/${recordPath}}: a thin layer over the service. Each
 * operation names its permission with {@code @Requires}: core refuses a caller without it before the body is read,
 * the OpenAPI document lists it, and the role matrix test checks it against what the service lets through.
 */
@Component(service = ${record}Resource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("${moduleId}/${recordPath}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ${record}Resource {
    @Reference
    private ${record}Service service;

    /** A change: the version the client loaded and the new data. */
    public record Update(Integer version, ${record}Data data) {
    }

    @GET
    @Requires(${className}Module.READ)
    @Lists(${record}Query.class)
    public ListQuery.Page<${record}Row> list(@Context UriInfo uri, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, ${record}Query.FILTERS);
        return service.list(${record}Query.from(q::getFirst, ListParams.offset(offset), ListParams.limit(limit, 50)));
    }

    @POST
    @Requires(${className}Module.WRITE)
    @Answers(status = 201, value = ${record}View.class)
    public Response create(${record}Data data) {
        ${record}View v = service.create(Requests.body(data));
        return Requests.created("${moduleId}/${recordPath}/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(${className}Module.READ)
    public ${record}View get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Requires(${className}Module.WRITE)
    public ${record}View update(@PathParam("id") long id, Update update) {
        Requests.body(update);
        return service.update(id, Requests.version(update.version()), Requests.body(update.data()));
    }

    @GET
    @Path("{id}/history")
    @Requires(${className}Module.READ)
    public List<AuditEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
