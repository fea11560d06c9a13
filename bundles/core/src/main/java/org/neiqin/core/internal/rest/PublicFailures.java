package org.neiqin.core.internal.rest;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.neiqin.api.error.NeiqinException;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.core.internal.db.Failures;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public pages and endpoints (servlets under {@value NeiqinRest#PUBLIC_PATH}, outside the REST application) fail
 * as the REST application does: a database that went away or two writes locking each other is {@code 503 busy} with
 * {@code Retry-After} (nothing was done, send it again), a refusal its own status, anything else a logged {@code 500}
 * without internals — never a container's error page (a browser is given a short page in both languages, a
 * client the problem as JSON). Each failure is logged with the address and its stack, so that a failure met once can
 * be read afterwards.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.pattern=" + NeiqinRest.PUBLIC_PATH + "/*",
    "osgi.http.whiteboard.filter.name=neiqin-public-failures"})
public class PublicFailures implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(PublicFailures.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void init(javax.servlet.FilterConfig config) {
    }

    @Override
    public void destroy() {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            answer((HttpServletRequest) request, (HttpServletResponse) response, e);
        }
    }

    private static void answer(HttpServletRequest req, HttpServletResponse res, Exception e) throws IOException {
        String where = req.getMethod() + " " + req.getRequestURI();
        Optional<NeiqinException> known = Failures.translate(e);
        int status = known.map(NeiqinException::status).orElse(500);
        if (known.isPresent()) {
            NeiqinException n = known.get();
            LOG.warn("Refused {} ({} {}): {}{}", where, status, n.code(), n.getMessage(), n instanceof Failures.Busy busy
                    ? " (" + busy.why() + ")" : "", e);
        } else {
            LOG.error("Unexpected failure in {}", where, e);
        }
        if (res.isCommitted()) {
            return; // the answer was on its way: the client sees it cut short
        }
        res.resetBuffer(); // the headers stay: the gate's security headers among them
        Map<String, Object> p = known.isPresent()
                ? ProblemMapper.problem(status, known.get().code(), known.get().getMessage())
                : ProblemMapper.problem(500, "internal", "the server failed; the error is logged");
        res.setStatus(status);
        if (known.isPresent() && known.get() instanceof Failures.Busy) {
            res.setHeader("Retry-After", "1");
        }
        res.setHeader("Cache-Control", "no-store");
        String accept = req.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            // a visitor's browser (the inquiry form's page and its post): a page in both languages, not JSON text
            boolean busy = known.isPresent() && known.get() instanceof Failures.Busy;
            res.setContentType("text/html;charset=UTF-8");
            res.getOutputStream().write(("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>"
                    + status + "</title></head><body><p>" + (busy
                            ? "系统繁忙，您的内容没有保存，请稍后再提交一次。 We are busy: nothing was kept; please send it"
                                    + " again in a moment."
                            : status >= 500 ? "出错了，您的内容没有保存，请稍后再试。 Something went wrong: nothing was"
                                    + " kept; please try again later."
                            : "无法处理该请求。 This request cannot be handled.")
                    + "</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        res.setContentType(NeiqinRest.PROBLEM_JSON + ";charset=UTF-8");
        res.getOutputStream().write(JSON.writeValueAsBytes(p));
    }
}
