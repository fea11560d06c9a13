package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;

/**
 * A form as HTML: every field by its type, the CSRF token and the action of a POST form, and, for a
 * form the toolkit draws again after it was refused, what the user typed with each field's error.
 */
final class FormHtml {
    private FormHtml() {
    }

    static void form(StringBuilder sb, Form f, Html.Context ctx, int index) {
        String q = f.post() && ctx.actionQuery() != null && !ctx.actionQuery().isBlank() ? "?" + ctx.actionQuery() : "";
        boolean upload = f.post() && f.fields().stream().anyMatch(x -> x.type() == Field.Type.FILE);
        // a POST form without a field to fill is a step: a button that stands in a row with the other steps
        boolean step = Html.isStep(f);
        sb.append("<form class=\"neiqin-form ").append(!f.post() ? "neiqin-filter" : step ? "neiqin-step" : "neiqin-post")
                .append("\" method=\"").append(f.post() ? "post" : "get").append("\" action=\"")
                .append(Html.href(ctx.label() + q)).append("\"").append(upload ? " enctype=\"multipart/form-data\"" : "")
                .append(">\n");
        Html.Refill refill = ctx.refill() != null && f.post() && String.valueOf(index).equals(ctx.refill().posted.get(Html.FORM_FIELD))
                ? ctx.refill() : null;
        Map<String, String> errors = new java.util.LinkedHashMap<>(f.errors());
        if (refill != null) {
            refill.used = true;
            // an error of a part of a field ("lines[2].quantity") stands beside the field ("lines")
            refill.errors.forEach((k, v) -> errors.merge(k.split("[\\[.]", 2)[0], v, (a, b) -> a + "; " + b));
            List<String> elsewhere = new ArrayList<>();
            errors.forEach((k, v) -> {
                if (f.fields().stream().noneMatch(x -> x.name().equals(k) && x.type() != Field.Type.HIDDEN)) {
                    elsewhere.add(v);
                }
            });
            if (!elsewhere.isEmpty()) {
                sb.append("<p class=\"neiqin-error ui-state-error\">").append(Html.escape(String.join("; ", elsewhere)))
                        .append("</p>\n");
            }
        }
        if (f.post()) {
            sb.append("<input type=\"hidden\" name=\"").append(Html.CSRF_FIELD).append("\" value=\"")
                    .append(Html.escape(ctx.csrfToken())).append("\">\n");
            sb.append("<input type=\"hidden\" name=\"").append(Html.FORM_FIELD).append("\" value=\"").append(index)
                    .append("\">\n");
        }
        for (Field drawn : f.fields()) {
            // the values sent, hidden ones too: a version kept as loaded still catches a change made meanwhile
            Field field = refill != null && refill.posted.containsKey(drawn.name())
                    ? new Field(drawn.name(), drawn.label(), drawn.type(), refill.posted.get(drawn.name()), drawn.options(),
                            drawn.required(), drawn.columns(), drawn.rows(), drawn.lookup()) : drawn;
            String id = "f-" + Html.escape(field.name());
            if (field.type() == Field.Type.GRID) {
                grid(sb, drawn, refill, errors, ctx);
                continue;
            }
            if (field.type() == Field.Type.HIDDEN) {
                sb.append("<input type=\"hidden\" name=\"").append(Html.escape(field.name())).append("\" value=\"")
                        .append(Html.escape(field.value())).append("\">\n");
                continue;
            }
            // a form that changes things: fields in columns, each label over its input (the stylesheet), long
            // texts across the row; a filter stays on one line above its list
            boolean wide = field.type() == Field.Type.TEXTAREA || field.type() == Field.Type.FILE;
            sb.append(f.post() ? "<p class=\"neiqin-field" + (wide ? " neiqin-wide" : "") + "\">" : "<span class=\"neiqin-field\">");
            sb.append("<label for=\"").append(id).append("\"")
                    .append(">").append(Html.escape(field.label()))
                    .append(field.required() ? " *" : "").append("</label> ");
            String req = field.required() ? " required" : "";
            switch (field.type()) {
                case TEXTAREA:
                    sb.append("<textarea rows=\"4\" cols=\"60\" id=\"").append(id).append("\" name=\"")
                            .append(Html.escape(field.name())).append("\"")
                            .append(req).append(">").append(Html.escape(field.value())).append("</textarea>");
                    break;
                case LOOKUP:
                    lookup(sb, field, refill, id, ctx);
                    break;
                case FILE:
                    // a browser never fills in a file for the user: a refused form asks for it again
                    sb.append("<input id=\"").append(id).append("\" type=\"file\" name=\"").append(Html.escape(field.name()))
                            .append("\"").append(req).append(">");
                    break;
                case SELECT:
                    sb.append("<select id=\"").append(id).append("\" name=\"").append(Html.escape(field.name())).append("\"")
                            .append(req).append(">");
                    if (field.required() && field.options().stream().noneMatch(o -> o.value().isEmpty())) {
                        // a required choice starts empty: the browser then stops a form sent without one
                        sb.append("<option value=\"\"").append(field.value() == null || field.value().isEmpty()
                                ? " selected" : "").append(">").append(Html.escape(ctx.text().apply("toolkit.choose")))
                                .append("</option>");
                    }
                    for (Field.Option o : field.options()) {
                        sb.append("<option value=\"").append(Html.escape(o.value())).append("\"")
                                .append(o.value().equals(field.value()) ? " selected" : "").append(">")
                                .append(Html.escape(o.label())).append("</option>");
                    }
                    sb.append("</select>");
                    break;
                default:
                    String type = field.type() == Field.Type.NUMBER ? "number" : field.type() == Field.Type.DATE ? "date" : "text";
                    sb.append("<input id=\"").append(id).append("\" type=\"").append(type).append("\" name=\"")
                            .append(Html.escape(field.name())).append("\" value=\"").append(Html.escape(field.value())).append("\"")
                            // amounts, prices and quantities have decimals: the browser takes any, the server
                            // checks them against the column's scale and says so in the field's words
                            .append(field.type() == Field.Type.NUMBER ? " step=\"any\"" : "")
                            .append(req).append(">");
            }
            String err = errors.get(field.name());
            if (err != null) {
                sb.append(" <span class=\"neiqin-error ui-state-error\">").append(Html.escape(err)).append("</span>");
            }
            sb.append(f.post() ? "</p>\n" : "</span>\n");
        }
        sb.append("<button type=\"submit\" class=\"ui-button\">").append(Html.escape(f.submitLabel())).append("</button>\n</form>\n");
    }

    /**
     * A record chosen by searching: the key travels in a hidden input, the user types into a search box
     * whose suggestions the console's script asks the page for ({@code ?lookup=<name>&q=}); nothing is
     * preselected. Without the script, the key the form was drawn with is sent.
     */
    private static void lookup(StringBuilder sb, Field field, Html.Refill refill, String id, Html.Context ctx) {
        String shownName = field.name() + SHOWN;
        String value = field.value() == null ? "" : field.value();
        String shown = refill != null && refill.posted.containsKey(shownName) ? refill.posted.get(shownName)
                : !field.options().isEmpty() ? field.options().get(0).label()
                : value.isEmpty() ? "" : ctx.shown().apply(field.lookup(), value);
        sb.append("<input type=\"hidden\" id=\"").append(id).append("-key\" name=\"").append(Html.escape(field.name()))
                .append("\" value=\"").append(Html.escape(value)).append("\">");
        sb.append("<input id=\"").append(id).append("\" type=\"search\" class=\"neiqin-lookup\" autocomplete=\"off\"")
                .append(" name=\"").append(Html.escape(shownName)).append("\" value=\"").append(Html.escape(shown))
                .append("\" data-lookup=\"").append(Html.escape(field.lookup())).append("\" data-key=\"").append(id)
                .append("-key\" list=\"").append(id).append("-list\" placeholder=\"")
                .append(Html.escape(ctx.text().apply("toolkit.lookup.placeholder"))).append("\" data-none=\"")
                .append(Html.escape(ctx.text().apply("toolkit.lookup.none"))).append("\" size=\"40\"")
                .append(field.required() ? " required" : "").append(">");
        sb.append("<datalist id=\"").append(id).append("-list\"></datalist>");
    }

    /**
     * A grid's cell that chooses a record by searching: the key in a hidden input beside the search box, one list of
     * suggestions for the whole column (rows are added in the browser); the chosen record's details fill the row's
     * other cells (the console's script).
     */
    private static void gridLookup(StringBuilder sb, Field grid, Field c, String name, String value, String typed,
            boolean invalid, Html.Context ctx) {
        String list = "g-" + Html.escape(grid.name()) + "-" + Html.escape(c.name()) + "-list";
        String shown = typed != null ? typed : value.isEmpty() ? "" : ctx.shown().apply(c.lookup(), value);
        sb.append("<input type=\"hidden\" name=\"").append(Html.escape(name)).append("\" value=\"")
                .append(Html.escape(value)).append("\">");
        sb.append("<input type=\"search\" class=\"neiqin-lookup\" autocomplete=\"off\" name=\"")
                .append(Html.escape(name + SHOWN)).append("\" value=\"").append(Html.escape(shown))
                .append("\" data-lookup=\"").append(Html.escape(c.lookup())).append("\" data-column=\"")
                .append(Html.escape(c.name())).append("\" aria-label=\"").append(Html.escape(c.label()))
                .append("\" list=\"").append(list).append("\" placeholder=\"")
                .append(Html.escape(ctx.text().apply("toolkit.lookup.placeholder"))).append("\" data-none=\"")
                .append(Html.escape(ctx.text().apply("toolkit.lookup.none"))).append("\" size=\"24\"")
                .append(invalid ? " aria-invalid=\"true\"" : "").append(">");
        if (sb.indexOf("<datalist id=\"" + list + "\"") < 0) {
            sb.append("<datalist id=\"").append(list).append("\"></datalist>");
        }
    }

    /** The visible text of a lookup field is sent as {@code <name>.shown}, to be shown again on a refused form. */
    static final String SHOWN = ".shown";

    /**
     * Rows of cells: a row per entry ({@code name[i].column}), rows added and removed by the console's script,
     * each cell's error beside it, and under a grid with {@code quantity} and {@code unitPrice} the amount of
     * each row and their total.
     */
    private static void grid(StringBuilder sb, Field grid, Html.Refill refill, Map<String, String> errors,
            Html.Context ctx) {
        List<Map<String, String>> rows = new ArrayList<>(grid.rows());
        boolean fixed = grid.fixedRows();
        if (refill != null && fixed) {
            // given rows keep what they show; what was typed into them comes back
            for (int i = 0; i < rows.size(); i++) {
                String prefix = grid.name() + "[" + i + "].";
                Map<String, String> row = new java.util.HashMap<>(rows.get(i));
                refill.posted.forEach((k, v) -> {
                    if (k.startsWith(prefix)) {
                        row.put(k.substring(prefix.length()), v);
                    }
                });
                rows.set(i, row);
            }
        } else if (refill != null) {
            rows.clear();
            // the rows as they were sent, numbered from 0 without gaps
            for (int i = 0;; i++) {
                String prefix = grid.name() + "[" + i + "].";
                Map<String, String> row = new java.util.HashMap<>();
                refill.posted.forEach((k, v) -> {
                    if (k.startsWith(prefix)) {
                        row.put(k.substring(prefix.length()), v);
                    }
                });
                if (row.isEmpty()) {
                    break;
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty() && !fixed) {
            rows.add(Map.of());
        }
        boolean amounts = grid.columns().stream().anyMatch(c -> c.name().equals("quantity"))
                && grid.columns().stream().anyMatch(c -> c.name().equals("unitPrice"));
        List<Field> shown = grid.columns().stream().filter(c -> c.type() != Field.Type.HIDDEN).toList();
        sb.append("<div class=\"neiqin-field neiqin-grid-field\"><p><label>").append(Html.escape(grid.label()))
                .append(grid.required() ? " *" : "").append("</label>");
        String err = errors.get(grid.name());
        if (err != null) {
            sb.append(" <span class=\"neiqin-error ui-state-error\">").append(Html.escape(err)).append("</span>");
        }
        sb.append("</p>\n<table class=\"neiqin-grid\" data-grid=\"").append(Html.escape(grid.name()))
                .append("\"><thead><tr><th>#</th>");
        for (Field c : shown) {
            sb.append("<th").append(c.type() == Field.Type.NUMBER ? " class=\"neiqin-num\"" : "").append(">")
                    .append(Html.escape(c.label())).append(c.required() ? " *" : "").append("</th>");
        }
        if (amounts) {
            sb.append("<th class=\"neiqin-num\">").append(Html.escape(ctx.text().apply("toolkit.grid.amount"))).append("</th>");
        }
        sb.append(fixed ? "" : "<th></th>").append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String prefix = grid.name() + "[" + i + "].";
            sb.append("<tr class=\"neiqin-row\"><td class=\"neiqin-rowno\">").append(i + 1);
            for (Field c : grid.columns()) {
                if (c.type() == Field.Type.HIDDEN) {
                    sb.append("<input type=\"hidden\" name=\"").append(Html.escape(prefix + c.name())).append("\" value=\"")
                            .append(Html.escape(row.getOrDefault(c.name(), ""))).append("\">");
                }
            }
            sb.append("</td>");
            for (Field c : shown) {
                String name = prefix + c.name();
                String cellError = refill == null ? null : refill.errors.get(name);
                String value = row.getOrDefault(c.name(), "");
                if (c.type() == Field.Type.SHOWN) {
                    // what the row is: read, not entered
                    sb.append("<td class=\"neiqin-shown\">").append(Html.escape(value)).append("</td>");
                    continue;
                }
                sb.append("<td>");
                if (c.type() == Field.Type.LOOKUP) {
                    gridLookup(sb, grid, c, name, value, row.get(c.name() + SHOWN), cellError != null, ctx);
                } else if (c.type() == Field.Type.SELECT) {
                    sb.append("<select name=\"").append(Html.escape(name)).append("\" data-column=\"")
                            .append(Html.escape(c.name())).append("\" aria-label=\"").append(Html.escape(c.label()))
                            .append("\">");
                    if (c.options().stream().noneMatch(o -> o.value().isEmpty())) {
                        sb.append("<option value=\"\">").append(Html.escape(ctx.text().apply("toolkit.choose")))
                                .append("</option>");
                    }
                    for (Field.Option o : c.options()) {
                        sb.append("<option value=\"").append(Html.escape(o.value())).append("\"")
                                .append(o.value().equals(value) ? " selected" : "").append(">").append(Html.escape(o.label()))
                                .append("</option>");
                    }
                    sb.append("</select>");
                } else {
                    boolean number = c.type() == Field.Type.NUMBER;
                    sb.append("<input type=\"").append(number ? "number\" step=\"any" : c.type() == Field.Type.DATE ? "date" : "text")
                            .append("\" name=\"").append(Html.escape(name)).append("\" data-column=\"")
                            .append(Html.escape(c.name())).append("\" aria-label=\"").append(Html.escape(c.label()))
                            .append("\" value=\"").append(Html.escape(value)).append("\"")
                            .append(number ? " class=\"neiqin-num\" size=\"10\"" : "")
                            .append(cellError != null ? " aria-invalid=\"true\"" : "").append(">");
                }
                if (cellError != null) {
                    sb.append("<br><span class=\"neiqin-error ui-state-error\">").append(Html.escape(cellError)).append("</span>");
                }
                sb.append("</td>");
            }
            if (amounts) {
                sb.append("<td class=\"neiqin-num neiqin-amount\"></td>");
            }
            if (!fixed) {
                sb.append("<td><button type=\"button\" class=\"neiqin-remove ui-button\" title=\"")
                        .append(Html.escape(ctx.text().apply("toolkit.grid.remove"))).append("\">×</button></td>");
            }
            sb.append("</tr>\n");
        }
        if (fixed && !amounts) {
            sb.append("</tbody></table></div>\n");
            return;
        }
        sb.append("</tbody>\n<tfoot><tr><td colspan=\"").append(shown.size() + 1).append("\">");
        if (!fixed) {
            sb.append("<button type=\"button\" class=\"neiqin-add ui-button\">")
                    .append(Html.escape(ctx.text().apply("toolkit.grid.add"))).append("</button>");
        }
        sb.append("</td>");
        if (amounts) {
            sb.append("<td class=\"neiqin-num neiqin-total\" title=\"").append(Html.escape(ctx.text().apply("toolkit.grid.total")))
                    .append("\"></td>");
        }
        sb.append(fixed ? "" : "<td></td>").append("</tr></tfoot></table></div>\n");
    }
}
