package org.neiqin.core.internal.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;

/**
 * A bundle's console messages: {@code OSGI-INF/l10n/messages.properties} (English) and
 * {@code messages_zh_CN.properties}, read as UTF-8. A missing key shows as itself.
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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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
