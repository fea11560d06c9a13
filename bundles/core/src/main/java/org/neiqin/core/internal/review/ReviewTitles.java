package org.neiqin.core.internal.review;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.error.Text;

/**
 * A review title's English pattern and arguments as stored in {@code NQ_REVIEW.TITLE_ARGS}, separated
 * by U+001F: the pattern first, then each argument as the text it shows; an enum constant or a
 * nested text as its message key and English (separated by U+001E), so that the reader's language
 * still applies when the review is shown.
 */
public final class ReviewTitles {
    private static final String ARG = "\u001f";
    private static final String KEYED = "\u001e";

    private ReviewTitles() {
    }

    /** @return the arguments to store, or null for a title without a key. */
    static String encode(Text title) {
        if (title.key() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(clean(title.english()));
        for (Object a : title.args()) {
            if (a instanceof Enum) {
                Enum<?> e = (Enum<?>) a;
                parts.add("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name() + KEYED + e.name());
            } else if (a instanceof Text && ((Text) a).key() != null) {
                parts.add(((Text) a).key() + KEYED + a);
            } else {
                parts.add(clean(Text.format("{0}", a)));
            }
        }
        return String.join(ARG, parts);
    }

    /** @return the stored title as a text: translatable where it was stored with a key. */
    public static Text decode(String english, String key, String args) {
        if (key == null || args == null) {
            return Text.plain(english);
        }
        String[] parts = args.split(ARG, -1);
        List<Object> values = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            int k = parts[i].indexOf(KEYED);
            values.add(k < 0 ? parts[i] : Text.of(parts[i].substring(0, k), parts[i].substring(k + 1)));
        }
        return Text.of(key, parts[0], values.toArray());
    }

    private static String clean(String s) {
        return s.replace(ARG, " ").replace(KEYED, " ");
    }
}
