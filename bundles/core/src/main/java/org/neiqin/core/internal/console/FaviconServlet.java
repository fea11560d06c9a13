package org.neiqin.core.internal.console;

import java.io.IOException;
import java.io.InputStream;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The icon every console page names in its header: Karaf 4.4.10's console branding points at
 * {@code /system/console/res/karaf/imgs/favicon.ico}, which its bundle does not contain, so every
 * page asked for it and got 404. Served here, to anyone (it is only an icon).
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/system/console/res/karaf/imgs/favicon.ico",
    "osgi.http.whiteboard.servlet.name=neiqin-favicon"})
public class FaviconServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        try (InputStream icon = FaviconServlet.class.getResourceAsStream("/neiqin/favicon.png")) {
            if (icon == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            res.setContentType("image/png");
            res.setHeader("Cache-Control", "max-age=86400");
            icon.transferTo(res.getOutputStream());
        }
    }
}
