package org.neiqin.core.internal.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.security.SecurityServiceImpl;

/** A page's table exported ({@code ?export=<name>}), every row the list holds, audited before it leaves. */
final class TableExport {
    private TableExport() {
    }

    /** A table as CSV, or as an Excel workbook with {@code format=xlsx}: the same rows, audited alike. */
    static void write(HttpServletRequest req, HttpServletResponse res, Actor actor, RequestView view, ConsolePage page,
            SecurityServiceImpl security, Supplier<AuditService> audit) throws IOException {
        boolean xlsx = "xlsx".equals(req.getParameter("format"));
        if (req.getParameter("format") != null && !xlsx && !"csv".equals(req.getParameter("format"))) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "format is csv or xlsx");
            return;
        }
        String extension = xlsx ? ".xlsx" : ".csv";
        RequestView all = view.forExport();
        Table table = security.runAs(actor, () -> {
            Page p = page.render(all);
            for (Block b : p.blocks()) {
                if (b instanceof Table && req.getParameter("export").equals(((Table) b).exportName())) {
                    Table t = (Table) b;
                    AuditService trail = audit.get();
                    if (trail == null) {
                        throw new IllegalStateException("the audit trail cannot be reached, so nothing is exported");
                    }
                    trail.record("core", "console-export", page.label(), AuditAction.EXPORT, null,
                            Map.of("file", t.exportName() + extension, "rows", t.rows().size(),
                                    "query", String.valueOf(req.getQueryString())));
                    return t;
                }
            }
            return null;
        });
        if (table == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing to export here");
            return;
        }
        res.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + table.exportName().replaceAll("[^A-Za-z0-9._-]", "_")
                + extension + "\"");
        if (xlsx) {
            Xlsx.write(table, table.exportName(), res.getOutputStream());
        } else {
            res.getOutputStream().write(Csv.of(table).getBytes(StandardCharsets.UTF_8));
        }
    }
}
