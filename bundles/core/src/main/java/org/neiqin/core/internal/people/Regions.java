package org.neiqin.core.internal.people;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.neiqin.api.config.ConfigText;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The sales regions and routes as the office calls them: {@code etc/org.neiqin.regions.cfg}, one line per region
 * ({@code LN = 辽宁 | Liaoning}) and per route within it ({@code LN.SY = 沈阳 | Shenyang}), the Chinese name first
 * and the English one after a bar (one name serves both). Customers, orders and notes keep the codes; pages show
 * the names in the reader's language, and a code without a line as the code.
 */
@Component(service = {Regions.class, org.neiqin.api.people.RegionNames.class}, configurationPid = Regions.PID)
public class Regions implements org.neiqin.api.people.RegionNames {
    static final String PID = "org.neiqin.regions";
    /** Code ({@code LN}, or {@code LN.SY} for a route) → its Chinese and English names. */
    private volatile Map<String, String[]> names = Map.of();

    @Activate
    public Regions(Map<String, Object> config) {
        modified(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        Map<String, String[]> read = new TreeMap<>();
        config.forEach((k, v) -> {
            if (v != null && !k.startsWith("service.") && !k.startsWith("felix.") && !k.startsWith("component.")
                    && !k.startsWith("osgi.") && !String.valueOf(v).isBlank()) {
                String text = ConfigText.utf8(String.valueOf(v).trim());
                int bar = text.indexOf('|');
                String zh = (bar < 0 ? text : text.substring(0, bar)).trim();
                String en = bar < 0 ? zh : text.substring(bar + 1).trim();
                read.put(k.trim(), new String[] {zh, en.isEmpty() ? zh : en});
            }
        });
        names = java.util.Collections.unmodifiableMap(read);
    }

    /** @return the name of a region ({@code LN}) or a route ({@code LN.SY}) in {@code locale}, else the code */
    @Override
    public String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String[] n = names.get(code.trim());
        if (n == null && code.indexOf('.') < 0) {
            // a route counted on its own (a report by route): its name under whichever region holds it
            n = names.entrySet().stream().filter(e -> e.getKey().endsWith("." + code.trim())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        if (n == null) {
            int dot = code.lastIndexOf('.');
            return dot < 0 ? code : code.substring(dot + 1);
        }
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? n[0] : n[1];
    }

    /** @return the regions named (not their routes), code → name in {@code locale}, by code */
    @Override
    public Map<String, String> regions(Locale locale) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        names.keySet().stream().filter(k -> k.indexOf('.') < 0).forEach(k -> out.put(k, name(k, locale)));
        return out;
    }
}
