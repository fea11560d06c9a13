package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.api.module.ModuleInfo;
import org.neiqin.api.module.ModuleRegistry;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.registry.CoreModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The installed Neiqin modules with version, state and schema, for Neiqin's administrators. */
@Component
public class ModulesPage implements ConsolePage {
    @Reference
    private ModuleRegistry registry;
    /** Optional: the modules are listed also when the database cannot be reached, which is when they are looked at. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CoreDatabase db;

    @Override
    public String label() { return "neiqin-modules"; }

    @Override
    public int menuOrder() { return 910; }

    @Override
    public String title() { return "Modules"; }

    @Override
    public String permission() { return CoreModule.MODULES; }

    /** @return the module's description in the reader's language ({@code module.description.<id>}), else its own */
    private static String description(PageRequest r, ModuleInfo m) {
        String key = "module.description." + m.descriptor().id();
        String text = r.msg(key);
        return text.equals(key) ? m.descriptor().description() : text;
    }

    @Override
    public Page render(PageRequest r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ModuleInfo m : registry.modules()) {
            rows.add(List.of(Cell.of(m.descriptor().id()), Cell.of(m.descriptor().name()), Cell.of(m.version()),
                    Cell.of(m.state()), Cell.of(m.schemaVersion()), Cell.of(description(r, m))));
        }
        CoreDatabase d = db;
        CoreDatabase.Info info = d == null ? null : d.info();
        return Page.of(r.msg("modules.title"),
                new Paragraph(info == null ? r.msg("modules.database.none")
                        : r.msg("modules.database", info.product(), info.version(), info.url())),
                new Table(List.of(r.msg("home.col.id"), r.msg("home.col.name"), r.msg("home.col.version"),
                        r.msg("home.col.state"), r.msg("home.col.schema"), r.msg("home.col.description")),
                        rows, null, null));
    }
}
