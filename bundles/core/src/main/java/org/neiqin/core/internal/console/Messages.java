package org.neiqin.core.internal.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.neiqin.api.error.Text;
import org.osgi.framework.Bundle;

/**
 * A bundle's console messages: {@code OSGI-INF/l10n/messages.properties} (English) and
 * {@code messages_zh_CN.properties}, read as UTF-8. A missing key shows as itself. Patterns name
 * their arguments {@code {0}}, {@code {1}} … as {@link Text#format} fills them (no quoting rules).
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Bundle bundle;
    private final Map<Locale, Properties> cache = new ConcurrentHashMap<>();

    public Messages(Bundle bundle) {
        this.bundle = bundle;
    }

    public String get(Locale locale, String key, Object... args) {
        Properties p = cache.computeIfAbsent(supported(locale), this::load);
        String pattern = p.getProperty(key);
        if (pattern == null) {
            pattern = cache.computeIfAbsent(Locale.ENGLISH, this::load).getProperty(key, key);
        }
        return Text.format(pattern, args);
    }

    /**
     * @return the words for a stored enum code in the language ({@code enum.<Type>.<CODE>} of whichever type
     *         has it: a history keeps codes without their type), or null where no type has it
     */
    public String enumCode(Locale locale, String code) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            return null;
        }
        for (Locale each : supported(locale).equals(Locale.ENGLISH) ? List.of(Locale.ENGLISH) : List.of(supported(locale),
                Locale.ENGLISH)) {
            Properties p = cache.computeIfAbsent(each, this::load);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("enum.") && key.endsWith("." + code) && key.indexOf('.', 5) == key.length() - code.length() - 1) {
                    return p.getProperty(key);
                }
            }
        }
        return null;
    }

    /** @return the pattern of {@code key} in the language (or in English), or null where neither has it. */
    public String find(Locale locale, String key) {
        String pattern = cache.computeIfAbsent(supported(locale), this::load).getProperty(key);
        return pattern != null ? pattern : cache.computeIfAbsent(Locale.ENGLISH, this::load).getProperty(key);
    }

    /**
     * @return the text in the language: its key looked up in each of {@code sources} in turn, in the
     *         language's file and then in the English one, else the code's own English pattern;
     *         enum arguments through {@code enum.<SimpleName>.<NAME>}, text arguments in turn
     */
    public static String show(Text text, Locale locale, Iterable<Messages> sources) {
        if (text.key() == null) {
            return text.toString();
        }
        String pattern = lookUp(text.key(), locale, sources);
        Object[] args = text.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Text) {
                args[i] = show((Text) args[i], locale, sources);
            } else if (args[i] instanceof Enum) {
                Enum<?> e = (Enum<?>) args[i];
                String shown = lookUp("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), locale, sources);
                args[i] = shown != null ? shown : e.name();
            }
        }
        return Text.format(pattern != null ? pattern : text.english(), args);
    }

    /** @return the pattern of {@code key} from the first source that has it in the language, else in English; or null. */
    static String lookUp(String key, Locale locale, Iterable<Messages> sources) {
        Locale l = supported(locale);
        for (Locale each : l.equals(Locale.ENGLISH) ? List.of(Locale.ENGLISH) : List.of(l, Locale.ENGLISH)) {
            for (Messages m : sources) {
                String pattern = m.cache.computeIfAbsent(each, m::load).getProperty(key);
                if (pattern != null) {
                    return pattern;
                }
            }
        }
        return null;
    }

    public static Locale supported(Locale l) {
        return l != null && l.getLanguage().equals("zh") ? CHINESE : Locale.ENGLISH;
    }

    private Properties load(Locale l) {
        Properties p = new Properties();
        URL url = bundle.getEntry("OSGI-INF/l10n/messages" + (l.equals(CHINESE) ? "_zh_CN" : "") + ".properties");
        if (url != null) {
            try (Reader r = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read messages of " + bundle.getSymbolicName(), e);
            }
        }
        return p;
    }
}
