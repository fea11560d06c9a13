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
        sb.append("<form class=\"neiqin-form\" method=\"").append(f.post() ? "post" : "get").append("\" action=\"")
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
                            drawn.required()) : drawn;
            String id = "f-" + Html.escape(field.name());
            if (field.type() == Field.Type.HIDDEN) {
                sb.append("<input type=\"hidden\" name=\"").append(Html.escape(field.name())).append("\" value=\"")
                        .append(Html.escape(field.value())).append("\">\n");
                continue;
            }
            // a form that changes things: one field a line, labels in a column, so a long form (a customer card
            // has 50 fields) stays readable; a filter stays on one line above its list
            sb.append(f.post() ? "<p class=\"neiqin-field\">" : "<span class=\"neiqin-field\">");
            sb.append("<label for=\"").append(id).append("\"")
                    .append(f.post() ? " style=\"display:inline-block;min-width:14em;vertical-align:top\"" : "")
                    .append(">").append(Html.escape(field.label()))
                    .append(field.required() ? " *" : "").append("</label> ");
            String req = field.required() ? " required" : "";
            switch (field.type()) {
                case TEXTAREA:
                    sb.append("<textarea rows=\"4\" cols=\"60\" id=\"").append(id).append("\" name=\"")
                            .append(Html.escape(field.name())).append("\"")
                            .append(req).append(">").append(Html.escape(field.value())).append("</textarea>");
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
}
