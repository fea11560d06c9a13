package ${package}.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import ${package}.internal.${className}Module;
import ${package}.internal.${record}Data;
import ${package}.internal.${record}Service;
import ${package}.internal.${record}View;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One record: its form (new, or the record at the version loaded) and its history. A rejected form
 * comes back with what the user typed and each error beside its field: the toolkit does that.
 */
@Component
public class ${record}Page implements ConsolePage {
    static final String LABEL = "neiqin-${moduleId}-${recordName}";
    static final String CREATE = "create";
    static final String UPDATE = "update";

    @Reference
    private ${record}Service service;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                ${record}View v = service.create(Forms.bind(${record}Data.class, r::param));
                return new Action(LABEL + "?id=" + v.id(), r.msg("${recordName}.created", v.code()));
            })
            .on(UPDATE, r -> {
                long id = r.number("id");
                service.update(id, (int) r.number("version"), Forms.bind(${record}Data.class, r::param));
                return new Action(LABEL + "?id=" + id, r.msg("${recordName}.saved"));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return ${className}Module.TITLE; }

    @Override
    public String permission() { return ${className}Module.READ; }

    @Override
    public Page render(PageRequest r) {
        boolean canWrite = security.isPermitted(r.actor(), ${className}Module.WRITE);
        if (r.param("id") == null) {
            return canWrite ? Page.of(r.msg("${recordName}.new"), form(r, null)) : Page.of(r.msg("${recordName}.new"));
        }
        ${record}View v = service.get(r.number("id"));
        // the record's number, its kind as a badge, and when it last changed; a record with states shows its state here
        Page page = Page.of(v.code() + " " + v.data().name(), new RecordHeader(v.code(), Labels.choice(r, v.data().kind()),
                RecordHeader.Tone.INFO, List.of(new Properties.Property(r.msg("column.updatedAt"),
                        r.time(v.updatedAt()) + " " + r.person(v.updatedBy())))));
        if (canWrite) {
            page = page.with(form(r, v));
        }
        List<AuditEntry> history = new ArrayList<>(service.history(v.id()));
        Collections.reverse(history);
        return page.with(new Heading(r.msg("${recordName}.history")), new AuditTrail(history));
    }

    private Form form(PageRequest r, ${record}View v) {
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(v == null ? CREATE : UPDATE));
        if (v != null) {
            fields.add(Field.hidden("id", String.valueOf(v.id())));
            fields.add(Field.hidden("version", String.valueOf(v.version())));
        }
        // every field of the record, as its @Spec says: a field added to ${record}Data appears here by itself
        Map<String, String> values = v == null ? Map.of() : Forms.strings(v.data());
        fields.addAll(Labels.inputs(r, ${record}Data.class, name -> values.getOrDefault(name, "")));
        return Form.action(r.msg(v == null ? "${recordName}.create" : "${recordName}.save"), fields);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
