package org.neiqin.logistics.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Response;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.Requires;
import org.neiqin.kit.rest.Requests;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.MailingQuery;
import org.neiqin.logistics.internal.MailingRequest;
import org.neiqin.logistics.internal.MailingService;
import org.neiqin.logistics.internal.MailingView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /neiqin/api/logistics/mailings}: materials and samples sent out, and their check by a second person. */
@Component(service = MailingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("logistics/mailings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailingResource {
    private final MailingService mailings;

    /** The check, at the version loaded. */
    public record Check(Integer version) {
    }

    @Activate
    public MailingResource(@Reference MailingService mailings) {
        this.mailings = mailings;
    }

    /**
     * One page of what was sent, newest first unless sorted: {@code q} (number, what, recipient, tracking), {@code kind},
     * {@code customer} (its id), {@code unchecked=true}, {@code sort} and {@code desc}, {@code offset} and {@code limit}.
     */
    @GET
    @Requires(LogisticsModule.READ)
    @Lists(MailingQuery.class)
    public ListQuery.Page<MailingView> list(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        ListParams.onlyKnown(q, MailingQuery.FILTERS);
        return mailings.list(MailingQuery.from(q::getFirst, ListParams.offset(q.getFirst("offset")),
                ListParams.limit(q.getFirst("limit"), 50)));
    }

    /** Registers what was sent: 201 with it. */
    @POST
    @Requires(LogisticsModule.WRITE)
    @Answers(status = 201, value = MailingView.class)
    public Response register(MailingRequest request) {
        Requests.body(request);
        MailingView v = mailings.register(request);
        return Requests.created("logistics/mailings/" + v.id(), v);
    }

    @GET
    @Path("{id}")
    @Requires(LogisticsModule.READ)
    public MailingView get(@PathParam("id") long id) {
        return mailings.get(id);
    }

    /** A second person checks what was sent. */
    @POST
    @Path("{id}/check")
    @Requires(LogisticsModule.WRITE)
    public MailingView check(@PathParam("id") long id, Check c) {
        return mailings.check(id, Requests.version(Requests.body(c).version()));
    }
}
