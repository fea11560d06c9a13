package org.neiqin.leads.internal;

import java.util.Locale;

/**
 * The keys a repeat inquiry is found by, and a public submission counted by: a phone number's digits (without China's
 * country code), an e-mail address in lower case, a company's name in lower case without spaces or punctuation.
 */
public final class Keys {
    private Keys() {
    }

    /** @return the phone's digits, or {@code null} when it has fewer than five */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String d = phone.replaceAll("[^0-9]", "");
        if (d.startsWith("0086")) {
            d = d.substring(4);
        } else if (d.startsWith("86") && d.length() == 13) {
            d = d.substring(2);
        }
        return d.length() < 5 ? null : d.length() > 40 ? d.substring(0, 40) : d;
    }

    /** @return the address in lower case, or {@code null} when it is none */
    public static String email(String email) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            return null;
        }
        String e = email.trim().toLowerCase(Locale.ROOT);
        return e.length() > 120 ? e.substring(0, 120) : e;
    }

    /** @return the name in lower case without spaces or punctuation (full-width too) */
    public static String company(String company) {
        if (company == null) {
            return "";
        }
        String c = company.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}（）【】《》，。、·]", "");
        return c.length() > 200 ? c.substring(0, 200) : c;
    }
}
