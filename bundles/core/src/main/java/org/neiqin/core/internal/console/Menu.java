package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.security.SecurityServiceImpl;

/**
 * Every Neiqin page known to the toolkit, with its bundle's messages: the menu a user sees (only
 * the pages their roles may open, in the pages' own order) and the translations every page may
 * need for a message another module's service raised.
 */
final class Menu {
    /** A page and the messages of the bundle that registered it. */
    record Entry(ConsolePage page, Messages messages) {
        /** @return the title in the language: message {@code title.<label>} where the bundle has it. */
        String title(Locale locale) {
            String t = messages.find(locale, "title." + page.label());
            return t != null ? t : page.title();
        }
    }

    private final Map<ConsolePage, Entry> pages = new ConcurrentHashMap<>();
    private final Map<Long, Messages> byBundle = new ConcurrentHashMap<>();
    private final Messages core;

    private final org.neiqin.api.time.CompanyClock clock;
    /** The people behind the logins (core's {@code People}). */
    private final java.util.function.UnaryOperator<String> people;
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The regions and routes by name (core's {@code Regions}). */
    private final org.neiqin.core.internal.people.Regions regions;

    Menu(Messages core, long coreBundle, org.neiqin.api.time.CompanyClock clock,
            java.util.function.UnaryOperator<String> people, org.neiqin.core.internal.people.Regions regions) {
        this.people = people;
        this.regions = regions;
        this.clock = clock;
        this.core = core;
        byBundle.put(coreBundle, core);
    }

    /** @return the messages of a bundle, read once for every page and home page part of it. */
    Messages messagesOf(org.osgi.framework.Bundle bundle) {
        return byBundle.computeIfAbsent(bundle.getBundleId(), id -> new Messages(bundle));
    }

    void add(ConsolePage page, Messages messages) {
        pages.put(page, new Entry(page, messages));
    }

    void remove(ConsolePage page) {
        pages.remove(page);
    }

    /** @return the menu of a user: pages in the menu that they may open, by menu order, then label. */
    List<Entry> entries(Actor actor, SecurityServiceImpl security) {
        List<Entry> shown = new ArrayList<>();
        for (Entry e : pages.values()) {
            if (e.page().menuOrder() >= 0 && actor != null && security.isPermitted(actor, e.page().permission())) {
                shown.add(e);
            }
        }
        shown.sort(Comparator.comparingInt((Entry e) -> e.page().menuOrder()).thenComparing(e -> e.page().label()));
        return shown;
    }

    /** @return the page's own messages, then core's shared words ({@code filter.*}, enum labels of api types …). */
    List<Messages> ownThenCore(Messages own) {
        return own == core ? List.of(core) : List.of(own, core);
    }

    /** @return where to look a translation up for a page of {@code first}: that bundle, core, then every other. */
    Iterable<Messages> sources(Messages first) {
        Set<Messages> all = new LinkedHashSet<>();
        all.add(first);
        all.add(core);
        pages.values().forEach(e -> all.add(e.messages()));
        return all;
    }

    /** @return the person behind {@code login} as the office calls them ({@code etc/org.neiqin.people.cfg}) */
    String person(String login) {
        return login == null ? "" : people.apply(login);
    }

    /** @return the name of a region ({@code LN}) or route ({@code LN.SY}) in {@code locale} ({@code etc/org.neiqin.regions.cfg}) */
    String region(String code, java.util.Locale locale) {
        return regions == null ? (code == null ? "" : code) : regions.name(code, locale);
    }

    /** @return the regions named, code → name in {@code locale} */
    Map<String, String> regions(java.util.Locale locale) {
        return regions == null ? Map.of() : regions.regions(locale);
    }

    /** @return an instant in the company's zone, {@code yyyy-MM-dd HH:mm}; empty for none */
    String time(java.time.Instant at) {
        return at == null ? "" : TIME.format(at.atZone(clock.zone()));
    }
}
