package org.neiqin.leads.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.people.RegionNames;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.kit.form.Forms;
import org.neiqin.leads.internal.LeadSettings;
import org.neiqin.api.http.ClientAddress;
import org.neiqin.leads.internal.intake.IntakeService;
import org.neiqin.leads.internal.intake.SubmissionData;
import org.neiqin.leads.internal.offers.OfferService;
import org.neiqin.leads.internal.offers.OfferView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public intake under {@value NeiqinRest#PUBLIC_PATH}/leads, without a login: the page of published offers with
 * the inquiry form ({@code GET}), the form's post ({@code POST}, answered with the page again: thanked, the fields to
 * correct, or 429), the same as JSON ({@code POST …/leads/submissions}: 202, a problem with each field's error, or
 * 429) and the published offers as JSON ({@code GET …/leads/offers}). A servlet of the HTTP whiteboard, outside the
 * REST application: no login is asked, no session or cookie made; the page runs no script, may not be framed and
 * posts only to itself.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=" + NeiqinRest.PUBLIC_PATH + "/leads",
    "osgi.http.whiteboard.servlet.pattern=" + NeiqinRest.PUBLIC_PATH + "/leads/*",
    "osgi.http.whiteboard.servlet.name=neiqin-public-leads"})
public class PublicLeadsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";
    private static final Set<String> NAMES = Set.of("company", "contact", "phone", "email", "region", "interest",
            "offer", "message", "website");
    /** A submission is a few lines: anything longer is refused before it is read. */
    private static final int MAX_BODY = 32 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Reference
    private transient IntakeService intake;
    @Reference
    private transient OfferService offers;
    @Reference
    private transient LeadSettings settings;
    @Reference
    private transient RegionNames regionNames;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty() || path.equals("/")) {
            html(res, 200, PublicForm.page(offers.published(), regions(), Map.of(), List.of(), null));
        } else if (path.equals("/offers")) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (OfferView o : offers.published()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", o.id());
                m.put("code", o.code());
                m.put("title", o.data().title());
                m.put("kind", o.data().kind().name());
                m.put("region", o.data().region());
                m.put("products", o.data().products());
                m.put("conditions", o.data().conditions());
                m.put("policy", o.data().policy());
                out.add(m);
            }
            json(res, 200, out);
        } else {
            problem(res, 404, "not-found", "no such page", List.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (req.getContentLengthLong() > MAX_BODY) {
            problem(res, 413, "too-large", "a submission is " + MAX_BODY / 1024 + " KB at most", List.of());
        } else if (path.isEmpty() || path.equals("/")) {
            form(req, res);
        } else if (path.equals("/submissions")) {
            submission(req, res);
        } else {
            problem(res, 404, "not-found", "no such endpoint", List.of());
        }
    }

    private void form(HttpServletRequest req, HttpServletResponse res) throws IOException {
        req.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> values = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        req.getParameterMap().forEach((name, v) -> {
            if (!NAMES.contains(name)) {
                errors.add(new FieldError(name, "unknown", Text.of("leads.intake.unknown", "the form has no field {0}",
                        name)));
            } else if (v.length > 1) {
                errors.add(new FieldError(name, "repeated", Text.of("leads.intake.repeated", "{0} is sent once", name)));
            } else {
                values.put(name, v.length == 0 ? null : v[0]);
            }
        });
        List<OfferView> published = offers.published();
        IntakeService.Outcome outcome;
        try {
            outcome = take(values, errors, req);
        } catch (ValidationException e) {
            html(res, 400, PublicForm.page(published, regions(), values, e.errors(),
                    "!请检查标出的内容。 Please check the fields marked below."));
            return;
        }
        if (outcome == IntakeService.Outcome.LIMITED) {
            res.setHeader("Retry-After", String.valueOf(settings.values().window().toSeconds()));
            html(res, 429, PublicForm.page(published, regions(), values, List.of(),
                    "!提交过于频繁，请稍后再试。 Too many inquiries from here for now: please try again later."));
            return;
        }
        html(res, 200, PublicForm.page(published, regions(), Map.of(), List.of(),
                "谢谢！我们已收到您的咨询，会尽快与您联系。 Thank you: we have your inquiry and will call you soon."));
    }

    private void submission(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            problem(res, 415, "unsupported-media-type", "send the submission as application/json", List.of());
            return;
        }
        Map<String, String> values = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        JsonNode body;
        try (InputStream in = req.getInputStream()) {
            body = JSON.readTree(in.readNBytes(MAX_BODY + 1));
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("body", "format", Text.of("leads.intake.json",
                    "the body is one JSON object of the form's fields")));
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                if (!NAMES.contains(f.getKey())) {
                    errors.add(new FieldError(f.getKey(), "unknown", Text.of("leads.intake.unknown",
                            "the form has no field {0}", f.getKey())));
                } else if (v.isNull()) {
                    values.put(f.getKey(), null);
                } else if (v.isTextual() || f.getKey().equals("offer") && v.isIntegralNumber()) {
                    values.put(f.getKey(), v.asText());
                } else {
                    errors.add(new FieldError(f.getKey(), "type", Text.of("leads.intake.text", "{0} is a text",
                            f.getKey())));
                }
            }
        }
        IntakeService.Outcome outcome;
        try {
            outcome = take(values, errors, req);
        } catch (ValidationException e) {
            problem(res, 400, "validation", "the submission has errors", e.errors());
            return;
        }
        if (outcome == IntakeService.Outcome.LIMITED) {
            res.setHeader("Retry-After", String.valueOf(settings.values().window().toSeconds()));
            problem(res, 429, "tooMany", "too many inquiries from here for now: try again later", List.of());
            return;
        }
        json(res, 202, Map.of("status", "received"));
    }

    /**
     * Counts the submission whatever it is, then takes it; what was wrong before the intake saw it is refused after
     * it was counted.
     *
     * @throws ValidationException the input's problems
     */
    private IntakeService.Outcome take(Map<String, String> values, List<FieldError> before, HttpServletRequest req) {
        List<FieldError> errors = new ArrayList<>(before);
        SubmissionData d = Forms.bind(SubmissionData.class, values::get, errors);
        String address = ClientAddress.of(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"),
                settings.values().trustedProxies());
        return intake.submit(d, errors, address == null ? "unknown" : address);
    }

    /** @return the regions, code → "中文 English" (the public page is read in both) */
    private Map<String, String> regions() {
        Map<String, String> zh = regionNames.regions(Locale.CHINESE);
        Map<String, String> en = regionNames.regions(Locale.ENGLISH);
        Map<String, String> out = new LinkedHashMap<>();
        zh.forEach((code, name) -> out.put(code, name.equals(en.get(code)) ? name : name + " " + en.get(code)));
        return out;
    }

    private static void html(HttpServletResponse res, int status, String page) throws IOException {
        res.setStatus(status);
        res.setContentType("text/html;charset=UTF-8");
        safe(res);
        res.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static void json(HttpServletResponse res, int status, Object body) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        safe(res);
        res.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    /** The problem as the REST application writes one (RFC 9457, with each field's error). */
    private static void problem(HttpServletResponse res, int status, String code, String detail,
            List<FieldError> errors) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "https://neiqin.org/problems/" + code);
        p.put("title", status == 400 ? "Bad Request" : status == 429 ? "Too Many Requests" : status == 404
                ? "Not Found" : "Refused");
        p.put("status", status);
        p.put("code", code);
        p.put("detail", detail);
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (FieldError e : errors) {
                list.add(Map.of("field", e.field(), "rule", e.rule(), "message", e.message()));
            }
            p.put("errors", list);
        }
        res.setStatus(status);
        res.setContentType(NeiqinRest.PROBLEM_JSON + ";charset=UTF-8");
        safe(res);
        res.getOutputStream().write(JSON.writeValueAsBytes(p));
    }

    private static void safe(HttpServletResponse res) {
        res.setHeader("Content-Security-Policy", POLICY);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Cache-Control", "no-store");
    }
}
