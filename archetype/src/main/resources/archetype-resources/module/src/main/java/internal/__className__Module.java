package ${package}.internal;

import java.util.Set;

import org.neiqin.api.ids.IdRun;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.NumberingDef;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.numbering.ResetPeriod;
import org.neiqin.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/** The module: its descriptor and every constant of it (permissions, audit entity, numbering, id run). */
@Component
public class ${className}Module implements NeiqinModule {
    public static final String ID = "${moduleId}";
    /** The id run: table {@code ${tablePrefix}_ID} (created by V1), row {@link #ID}. */
    public static final IdRun IDS = new IdRun("${tablePrefix}_ID", ID);
    /**
     * The module's name where no language is known (the modules list, the console's registration); the
     * console's menu and pages show {@code title.<page label>} of the messages, in the reader's language.
     */
    public static final String TITLE = "${moduleTitle}";
    /** Audit entity of a record: its history. */
    public static final String ENTITY = "${moduleId}.${recordName}";
    /** Numbering type of record codes ({@code etc/org.neiqin.numbering.cfg} may change the pattern). */
    public static final String NUMBERING = "${moduleId}.${recordName}";
    /** See the records. */
    public static final String READ = "${moduleId}.read";
    /** Create and change records. */
    public static final String WRITE = "${moduleId}.write";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, TITLE)
            .description(TITLE + ": records with a number, a form in English and Chinese, history, REST and shell")
            .permission(new PermissionDef(READ, "see the records",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.AUDITOR)))
            .permission(new PermissionDef(WRITE, "create and change the records",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .numbering(new NumberingDef(NUMBERING, "${tablePrefix}-{seq:5}", ResetPeriod.NEVER))
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
