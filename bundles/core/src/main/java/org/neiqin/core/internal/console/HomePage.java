package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.api.console.WorkSource;
import org.neiqin.core.internal.registry.CoreModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neiqin home page: the user's work for today, counted by every installed module's
 * {@link WorkSource} for the user's roles, each count a link to where the work is.
 */
@Component
public class HomePage implements ConsolePage {
    private static final Logger LOG = LoggerFactory.getLogger(HomePage.class);

    /** A source and its bundle's messages, in the order the sources appeared. */
    private record Source(WorkSource source, Bundle bundle, long order) {
    }

    private final Map<WorkSource, Source> sources = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSource(WorkSource source, ServiceReference<WorkSource> ref) {
        sources.put(source, new Source(source, ref.getBundle(), (Long) ref.getProperty("service.id")));
    }

    void unbindSource(WorkSource source) {
        sources.remove(source);
    }

    @Override
    public String label() { return "neiqin"; }

    @Override
    public int menuOrder() { return 0; }

    @Override
    public String title() { return "Neiqin"; }

    @Override
    public String permission() { return CoreModule.HOME; }

    @Override
    public Page render(PageRequest r) {
        List<Source> ordered = new ArrayList<>(sources.values());
        // core's own counts first, then each module's, by bundle name, so the list reads the same every day
        long core = org.osgi.framework.FrameworkUtil.getBundle(HomePage.class).getBundleId();
        ordered.sort(java.util.Comparator.comparing((Source x) -> x.bundle().getBundleId() != core)
                .thenComparing(x -> x.bundle().getSymbolicName()).thenComparingLong(Source::order));
        List<List<Cell>> rows = new ArrayList<>();
        for (Source s : ordered) {
            PageRequest own = r instanceof RequestView ? ((RequestView) r).forBundle(s.bundle()) : r;
            try {
                for (WorkSource.WorkItem item : s.source().work(own)) {
                    String count = String.valueOf(item.count());
                    rows.add(List.of(Cell.link(item.text(), item.href()),
                            Cell.link(item.urgent() && item.count() > 0 ? count + " ⚠" : count, item.href())));
                }
            } catch (RuntimeException e) {
                // one module's failing count must not take the home page away
                LOG.warn("The work list of {} failed for {}", s.bundle().getSymbolicName(), r.actor().name(), e);
                rows.add(List.of(Cell.of(s.bundle().getSymbolicName()), Cell.of(r.msg("home.work.failed"))));
            }
        }
        return Page.of(r.msg("home.title"),
                new Paragraph(r.msg("home.welcome", r.actor().name(), String.join(", ", roles(r)))),
                new Heading(r.msg("home.work")),
                new Table(List.of(r.msg("home.work.what"), r.msg("home.work.count")), rows, null, null));
    }

    /** @return the user's roles as the user calls them (message {@code role.<role>}, else the role's name). */
    private static TreeSet<String> roles(PageRequest r) {
        TreeSet<String> shown = new TreeSet<>();
        for (String role : r.actor().roles()) {
            String label = r.msg("role." + role);
            shown.add(label.equals("role." + role) ? role : label);
        }
        return shown;
    }
}
