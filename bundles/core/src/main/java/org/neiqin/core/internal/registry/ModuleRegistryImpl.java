package org.neiqin.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.event.NeiqinEvents;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.ModuleInfo;
import org.neiqin.api.module.ModuleRegistry;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.NumberingDef;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.module.ReviewDef;
import org.neiqin.core.internal.migration.MigrationRunner;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Collects the descriptors of installed modules and answers what they declared: the module list,
 * the permission, numbering and review defaults.
 */
@Component(service = {ModuleRegistry.class, ModuleRegistryImpl.class})
public class ModuleRegistryImpl implements ModuleRegistry {
    private record Entry(ModuleDescriptor descriptor, Bundle bundle) {
    }

    private final Map<String, Entry> modules = new ConcurrentHashMap<>();

    @Reference
    private MigrationRunner migrations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventPublisher events;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(NeiqinModule module, ServiceReference<NeiqinModule> ref) {
        ModuleDescriptor d = module.descriptor();
        modules.put(d.id(), new Entry(d, ref.getBundle()));
        EventPublisher ep = events;
        if (ep != null) {
            ep.publish(NeiqinEvents.MODULE_REGISTERED, Map.of(NeiqinEvents.MODULE, d.id()));
        }
    }

    void unbindModule(NeiqinModule module) {
        modules.remove(module.descriptor().id());
    }

    @Override
    public List<ModuleInfo> modules() {
        List<ModuleInfo> out = new ArrayList<>();
        for (Entry e : modules.values()) {
            out.add(info(e));
        }
        out.sort(Comparator.comparing(i -> i.descriptor().id()));
        return out;
    }

    @Override
    public Optional<ModuleInfo> module(String id) {
        return Optional.ofNullable(modules.get(id)).map(this::info);
    }

    private ModuleInfo info(Entry e) {
        String id = e.descriptor().id();
        String state = migrations.states().getOrDefault(id, "OK");
        return new ModuleInfo(e.descriptor(), e.bundle() == null ? "?" : e.bundle().getVersion().toString(),
                e.bundle() == null ? -1 : e.bundle().getBundleId(), "OK".equals(state) ? "ACTIVE" : state,
                migrations.version(id));
    }

    public Optional<NumberingDef> numbering(String documentType) {
        return modules.values().stream().flatMap(e -> e.descriptor().numbering().stream())
                .filter(n -> n.documentType().equals(documentType)).findFirst();
    }

    public Optional<ReviewDef> review(String documentType) {
        return modules.values().stream().flatMap(e -> e.descriptor().reviews().stream())
                .filter(r -> r.documentType().equals(documentType)).findFirst();
    }

    public Optional<PermissionDef> permission(String name) {
        return modules.values().stream().flatMap(e -> e.descriptor().permissions().stream())
                .filter(p -> p.name().equals(name)).findFirst();
    }
}
