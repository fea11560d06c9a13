package org.neiqin.core.internal.demo;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.neiqin.api.module.DemoDataProvider;

public class DemoQueueTest {
    private final Set<String> ledger = new LinkedHashSet<>();
    private final List<String> loads = new ArrayList<>();
    private final DemoQueue queue = new DemoQueue(new DemoQueue.Ledger() {
        @Override
        public boolean isLoaded(String name) { return ledger.contains(name); }

        @Override
        public void recordLoaded(String name) { ledger.add(name); }
    });

    private DemoDataProvider provider(String name, Set<String> requires, boolean fails) {
        return new DemoDataProvider() {
            @Override
            public String name() { return name; }

            @Override
            public Set<String> requires() { return requires; }

            @Override
            public void load() {
                loads.add(name);
                if (fails) {
                    throw new IllegalStateException("what it needs is missing");
                }
            }
        };
    }

    private void bind(DemoDataProvider p) {
        queue.add(p);
        queue.loadWhatCan(DemoDataProvider::load);
    }

    @Test
    public void dataThatNeedsAnotherModulesDataWaitsForItWhenItAppearsFirst() {
        bind(provider("contracts.documents", Set.of("crm.customers"), false));
        assertEquals("nothing loaded before the customers", List.of(), loads);
        assertEquals(Set.of("contracts.documents"), queue.waitingNames());
        bind(provider("crm.customers", Set.of(), false));
        assertEquals(List.of("crm.customers", "contracts.documents"), loads);
        assertEquals(Set.of("crm.customers", "contracts.documents"), ledger);
        assertEquals(Set.of(), queue.waitingNames());
    }

    @Test
    public void dataThatNeedsAnotherModulesDataLoadsAtOnceWhenItAppearsSecond() {
        bind(provider("crm.customers", Set.of(), false));
        bind(provider("contracts.documents", Set.of("crm.customers"), false));
        assertEquals(List.of("crm.customers", "contracts.documents"), loads);
        assertEquals(Set.of("crm.customers", "contracts.documents"), ledger);
    }

    @Test
    public void dataAlreadyInTheDatabaseIsNotLoadedAgain() {
        ledger.add("crm.customers");
        bind(provider("crm.customers", Set.of(), false));
        bind(provider("contracts.documents", Set.of("crm.customers"), false));
        assertEquals(List.of("contracts.documents"), loads);
    }

    @Test
    public void dataThatFailsIsNeverRecordedAsLoadedAndIsNotRetriedInALoop() {
        bind(provider("crm.customers", Set.of(), true));
        bind(provider("contracts.documents", Set.of("crm.customers"), false));
        assertEquals("tried once; what needs it keeps waiting", List.of("crm.customers"), loads);
        assertEquals(Set.of(), ledger);
        assertEquals(Set.of("contracts.documents"), queue.waitingNames());
    }
}
