package org.neiqin.api.error;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * A sentence for a user, kept translatable until it is shown: a message key looked up in the
 * messages of the module that says it ({@code OSGI-INF/l10n/messages*.properties}), the English
 * pattern used where no translation exists (REST answers, logs), and the arguments.
 * <p>
 * Patterns name arguments {@code {0}}, {@code {1}} … and nothing else: no quoting rules, no number
 * formats (an id is shown as {@code 1234}, an amount as its plain digits). An argument that is an
 * enum constant is shown through the key {@code enum.<SimpleName>.<NAME>} where the page
 * translates, and as its name otherwise.
 *
 * @since 0.2
 */
public final class Text implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String english;
    private final Object[] args;

    private Text(String key, String english, Object[] args) {
        this.key = key;
        this.english = Objects.requireNonNull(english);
        this.args = args == null ? new Object[0] : args.clone();
    }

    /**
     * @param key the message key, e.g. {@code contracts.not-draft}
     * @param english the English pattern, e.g. <code>{0} is {1}; only a draft is edited</code>
     * @param args the arguments the pattern names
     */
    public static Text of(String key, String english, Object... args) {
        return new Text(Objects.requireNonNull(key), english, args);
    }

    /** A sentence with no translation (the key is null): shown as it is in every language. */
    public static Text plain(String english) {
        return new Text(null, english, null);
    }

    /** @return the message key, or null for a plain sentence. */
    public String key() { return key; }

    /** @return the English pattern. */
    public String english() { return english; }

    /** @return a copy of the arguments. */
    public Object[] args() { return args.clone(); }

    /** @return the English sentence. */
    @Override
    public String toString() { return format(english, args); }

    /**
     * Fills a pattern: each {@code {n}} becomes argument n as text (an amount or {@code Money} with
     * thousands separators, {@code 1,234.50 CNY}); a {@code {n}} with no argument stays as it is.
     */
    public static String format(String pattern, Object... args) {
        if (args == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                if (n < args.length) {
                    sb.append(show(args[n]));
                    i = close + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String show(Object arg) {
        // amounts read as the console shows them: 1,234.50 CNY
        if (arg instanceof org.neiqin.api.money.Money) {
            return ((org.neiqin.api.money.Money) arg).text();
        }
        if (arg instanceof BigDecimal) {
            return org.neiqin.api.money.Money.grouped((BigDecimal) arg);
        }
        return String.valueOf(arg);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text && Objects.equals(key, ((Text) o).key) && english.equals(((Text) o).english)
                && Arrays.equals(args, ((Text) o).args);
    }

    @Override
    public int hashCode() { return Objects.hash(key, english, Arrays.hashCode(args)); }
}
