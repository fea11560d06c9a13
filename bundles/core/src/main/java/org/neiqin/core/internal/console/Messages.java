package org.neiqin.core.internal.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

    /** @return the pattern of {@code key} in the language (or in English), or null where neither has it. */
    public String find(Locale locale, String key) {
        String pattern = cache.computeIfAbsent(supported(locale), this::load).getProperty(key);
        return pattern != null ? pattern : cache.computeIfAbsent(Locale.ENGLISH, this::load).getProperty(key);
    }

    /**
     * @return the text in the language: its key looked up in each of {@code sources} in turn (in
     *         English the code's own pattern is used), enum arguments through
     *         {@code enum.<SimpleName>.<NAME>}; the English sentence where no source translates it
     */
    public static String show(Text text, Locale locale, Iterable<Messages> sources) {
        if (!supported(locale).equals(CHINESE) || text.key() == null) {
            return text.toString();
        }
        String pattern = null;
        for (Messages m : sources) {
            pattern = m.cache.computeIfAbsent(CHINESE, m::load).getProperty(text.key());
            if (pattern != null) {
                break;
            }
        }
        if (pattern == null) {
            return text.toString();
        }
        Object[] args = text.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Text) {
                args[i] = show((Text) args[i], locale, sources);
            } else if (args[i] instanceof Enum) {
                Enum<?> e = (Enum<?>) args[i];
                String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
                for (Messages m : sources) {
                    String t = m.cache.computeIfAbsent(CHINESE, m::load).getProperty(key);
                    if (t != null) {
                        args[i] = t;
                        break;
                    }
                }
            }
        }
        return Text.format(pattern, args);
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
