package org.neiqin.core.internal.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.neiqin.api.module.DemoDataProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo data waiting to be loaded, in the order their {@link DemoDataProvider#requires()} allow:
 * a provider is loaded once everything it requires is recorded as loaded, whichever provider
 * appeared first; one that fails is recorded as nothing and waits for the next start.
 * Not thread-safe: the loader drives it from its one worker thread.
 */
final class DemoQueue {
    private static final Logger LOG = LoggerFactory.getLogger(DemoQueue.class);

    /** Which demo data the database already holds. */
    interface Ledger {
        boolean isLoaded(String name);

        void recordLoaded(String name);
    }

    private final Ledger ledger;
    private final List<DemoDataProvider> waiting = new ArrayList<>();
    private final Set<String> toldWaiting = new HashSet<>();

    DemoQueue(Ledger ledger) {
        this.ledger = ledger;
    }

    void add(DemoDataProvider p) {
        waiting.add(p);
    }

    void remove(DemoDataProvider p) {
        waiting.remove(p);
    }

    /** Loads every waiting provider whose requirements are met, until no more can be loaded. */
    void loadWhatCan(java.util.function.Consumer<DemoDataProvider> loader) {
        loadWhatCan(Runnable::run, loader);
    }

    /**
     * {@link #loadWhatCan(java.util.function.Consumer)}, each provider's loading and its ledger row run by
     * {@code around} as one unit (the loader: in one transaction holding the cluster's demo lock), which
     * looks at the ledger again first: another node may have loaded it meanwhile.
     */
    void loadWhatCan(java.util.function.Consumer<Runnable> around, java.util.function.Consumer<DemoDataProvider> loader) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (DemoDataProvider p : List.copyOf(waiting)) {
                if (ledger.isLoaded(p.name())) {
                    waiting.remove(p);
                    continue;
                }
                Set<String> missing = new TreeSet<>();
                for (String r : p.requires()) {
                    if (!ledger.isLoaded(r)) {
                        missing.add(r);
                    }
                }
                if (!missing.isEmpty()) {
                    if (toldWaiting.add(p.name())) {
                        LOG.info("Demo data {} waits for {}", p.name(), missing);
                    }
                    continue;
                }
                waiting.remove(p);
                try {
                    around.accept(() -> {
                        if (!ledger.isLoaded(p.name())) {
                            loader.accept(p);
                            ledger.recordLoaded(p.name());
                        }
                    });
                    LOG.info("Loaded demo data {}", p.name());
                    progress = true;
                } catch (RuntimeException e) {
                    LOG.error("Demo data {} could not be loaded; nothing of it was recorded and it is tried again at the"
                            + " next start", p.name(), e);
                }
            }
        }
    }

    /** @return the names still waiting, for the log and tests. */
    Set<String> waitingNames() {
        Set<String> names = new TreeSet<>();
        waiting.forEach(p -> names.add(p.name()));
        return names;
    }
}
