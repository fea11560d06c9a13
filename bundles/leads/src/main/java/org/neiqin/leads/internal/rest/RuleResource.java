package org.neiqin.leads.internal.rest;

import java.time.LocalDate;
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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.rest.Requests;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.assign.RuleData;
import org.neiqin.leads.internal.assign.RuleService;
import org.neiqin.leads.internal.assign.RuleView;
import org.neiqin.leads.internal.calls.CallService;
import org.neiqin.leads.internal.calls.Topic;
import org.neiqin.leads.internal.reports.LeadReports;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The leads' rules, market intelligence and statistics over REST: {@code /neiqin/api/leads/rules},
 * {@code leads/intelligence}, {@code leads/report}.
 */
@Component(service = RuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleResource {
    @Reference
    private RuleService rules;
    @Reference
    private CallService calls;
    @Reference
    private LeadReports reports;
    @Reference
    private CompanyClock clock;

    /** A change at the version loaded. */
    public record Update(Integer version, RuleData data) {
    }

    @GET
    @Path("rules")
    @Requires(LeadsModule.READ)
    public List<RuleView> rules() {
        return rules.list();
    }

    @POST
    @Path("rules")
    @Requires(LeadsModule.ASSIGN)
    @Answers(status = 201, value = RuleView.class)
    public Response create(RuleData data) {
        RuleView v = rules.create(Requests.body(data));
        return Requests.created("leads/rules/" + v.id(), v);
    }

    @GET
    @Path("rules/{id}")
    @Requires(LeadsModule.READ)
    public RuleView rule(@PathParam("id") long id) {
        return rules.get(id);
    }

    @PUT
    @Path("rules/{id}")
    @Requires(LeadsModule.ASSIGN)
    public RuleView update(@PathParam("id") long id, Update update) {
        Requests.body(update);
        return rules.update(id, Requests.version(update.version()), Requests.body(update.data()));
    }

    /** What calls learned, newest first: {@code q}, {@code region}, {@code topic}, {@code from}, {@code to}. */
    @GET
    @Path("intelligence")
    @Requires(LeadsModule.READ)
    public ListQuery.Page<CallService.Intelligence> intelligence(@Context UriInfo uri,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var q = uri.getQueryParameters();
        ListParams.onlyKnown(q, List.of("q", "region", "topic", "from", "to"));
        return calls.intelligence(q.getFirst("q"), q.getFirst("region"), Forms.choice(Topic.class, "topic",
                q.getFirst("topic")), day("from", q.getFirst("from"), clock.today().minusDays(90)),
                day("to", q.getFirst("to"), clock.today()), ListParams.offset(offset), ListParams.limit(limit, 50));
    }

    /** The leads' statistics over the leads made from {@code from} (1 January) to {@code to} (today). */
    @GET
    @Path("report")
    @Requires(LeadsModule.ASSIGN)
    public LeadReports.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.report(day("from", from, clock.today().withDayOfYear(1)), day("to", to, clock.today()));
    }

    private static LocalDate day(String name, String value, LocalDate otherwise) {
        return value == null || value.isBlank() ? otherwise : Forms.parse(LocalDate.class, name, value);
    }
}
