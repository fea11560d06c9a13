package org.neiqin.api.console;

/**
 * How every Neiqin page writes a user's text into HTML, whoever writes the page (the console, a module's public page):
 * the five characters that could end a text or an attribute written as entities.
 *
 * @since 0.11
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** @return {@code value} as text safe in an element or a quoted attribute; "" for null */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
