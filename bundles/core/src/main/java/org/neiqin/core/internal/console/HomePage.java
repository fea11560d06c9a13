package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.api.module.ModuleInfo;
import org.neiqin.api.module.ModuleRegistry;
import org.neiqin.core.internal.registry.CoreModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Neiqin home page: who you are, the installed modules, where to go next. */
@Component
public class HomePage implements ConsolePage {
    @Reference
    private ModuleRegistry registry;

    @Override
    public String label() { return "neiqin"; }

    @Override
    public String title() { return "Neiqin"; }

    @Override
    public String permission() { return CoreModule.HOME; }

    @Override
    public Page render(PageRequest r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ModuleInfo m : registry.modules()) {
            rows.add(List.of(Cell.of(m.descriptor().id()), Cell.of(m.descriptor().name()), Cell.of(m.version()),
                    Cell.of(m.state()), Cell.of(m.schemaVersion()), Cell.of(m.descriptor().description())));
        }
        return Page.of(r.msg("home.title"),
                new Paragraph(r.msg("home.welcome", r.actor().name(), String.join(", ", new TreeSet<>(r.actor().roles())))),
                new Links(List.of(new Link(r.msg("home.reviews"), "neiqin-reviews"),
                        new Link(r.msg("home.audit"), "neiqin-audit"))),
                new Table(List.of(r.msg("home.col.id"), r.msg("home.col.name"), r.msg("home.col.version"),
                        r.msg("home.col.state"), r.msg("home.col.schema"), r.msg("home.col.description")),
                        rows, null, null));
    }
}
