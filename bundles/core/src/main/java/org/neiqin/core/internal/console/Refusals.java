package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.error.NeiqinException;
import org.neiqin.api.error.ValidationException;

/**
 * A refusal told in the reader's words: each field named by its label in the page's module, not by the
 * Java field's name; a refused form's errors one after another, else the service's message.
 */
final class Refusals {
    private Refusals() {
    }

    /**
     * @return a field's error in the reader's words: the field named by its label ({@code field.<name>}
     *         of the page's module, e.g. "招标单位 为必填项", not the Java field's name), where the module has one
     */
    static String fieldText(RequestView view, org.neiqin.api.error.FieldError f) {
        String name = f.field();
        String last = lastPart(name);
        String label = fieldLabel(view, name);
        org.neiqin.api.error.Text t = f.text();
        if (label.equals(name) || t.key() == null) {
            return view.text(t);
        }
        Object[] args = t.args();
        for (int i = 0; i < args.length; i++) {
            if (name.equals(args[i]) || last.equals(args[i])) {
                args[i] = label;
            }
        }
        return view.text(org.neiqin.api.error.Text.of(t.key(), t.english(), args));
    }

    /** @return the field's label in the page's module ({@code field.<name>}), else its name */
    static String fieldLabel(RequestView view, String name) {
        String key = "field." + lastPart(name);
        String label = view.msg(key);
        return label.equals(key) ? name : label;
    }

    /** @return {@code quantity} of {@code lines[2].quantity} */
    private static String lastPart(String name) {
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf(']')) + 1);
    }

    /**
     * @param lead what comes before a form's errors ("Please correct:"), in the reader's language
     * @return a refusal in the reader's language: each field's error for bad input, else the message
     */
    static String text(RequestView view, NeiqinException n, String lead) {
        if (n instanceof ValidationException) {
            List<String> lines = new ArrayList<>();
            ((ValidationException) n).errors().forEach(f -> {
                String text = fieldText(view, f);
                String label = fieldLabel(view, f.field());
                lines.add(text.contains(label) ? text : label + ": " + text);
            });
            return lead + " " + String.join("; ", lines);
        }
        return view.text(n.text());
    }
}
