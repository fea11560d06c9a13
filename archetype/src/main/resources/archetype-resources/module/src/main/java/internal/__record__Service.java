package ${package}.internal;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The records: every entry point (REST, console, shell) comes here. The caller's permission is
 * checked first, the input next, then the change and its audit entry are written in one
 * transaction, and the event is heard after commit.
 */
@Component(service = ${record}Service.class)
public class ${record}Service {
    /** Event topic of a new record; properties {@code id}, {@code code} and the actor. */
    public static final String CREATED = "${packageInPathFormat}/${recordName}/CREATED";

    private final ${className}Store store;
    private final SecurityService security;
    private final NumberingService numbering;

    @Activate
    public ${record}Service(@Reference ${className}Store store, @Reference SecurityService security,
            @Reference NumberingService numbering) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
    }

    public ${record}View create(${record}Data data) {
        Actor actor = security.require(${className}Module.WRITE);
        Forms.require(${record}Rules.check(data));
        return store.write(em -> {
            ${record}Entity e = new ${record}Entity();
            Forms.copy(data, e);
            e.code = numbering.next(${className}Module.NUMBERING, store.today(), Map.of());
            store.create(em, e, actor);
            store.audit(em, ${className}Module.ENTITY, e.id, AuditAction.CREATE, null, Forms.filled(data));
            store.event(CREATED, actor).with("id", e.id).with("code", e.code).publish();
            return view(e);
        });
    }

    /** Changes a record at the version the user loaded (409 when someone changed it since). */
    public ${record}View update(long id, int version, ${record}Data data) {
        Actor actor = security.require(${className}Module.WRITE);
        Forms.require(${record}Rules.check(data));
        return store.write(em -> {
            ${record}Entity e = Store.load(em, ${record}Entity.class, id, version, "record");
            Forms.Changes changes = Forms.changes(Forms.read(${record}Data.class, e), data);
            if (changes.isEmpty()) {
                return view(e);
            }
            Forms.copy(data, e);
            store.touch(e, actor);
            store.audit(em, ${className}Module.ENTITY, id, AuditAction.UPDATE, changes.before(), changes.after());
            return view(e);
        });
    }

    public ${record}View get(long id) {
        security.require(${className}Module.READ);
        return store.read(em -> view(find(em, id)));
    }

    /** @return one page of the list and the size of the whole filtered list */
    public ListQuery.Page<${record}Row> list(${record}Query q) {
        security.require(${className}Module.READ);
        return store.read(em -> ListQuery.of("${record}Entity", "v")
                .text(q.text(), "name", "code")
                .eq("kind", q.kind())
                .page(Store.jpql(em), ${record}Row.COLUMNS, ${record}Row::of, q.orderBy(), q.offset(), q.limit()));
    }

    /** @return the record's changes, oldest first */
    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(${className}Module.ENTITY, id);
    }

    private static ${record}Entity find(EntityManager em, long id) {
        return Store.find(em, ${record}Entity.class, id, "record");
    }

    private static ${record}View view(${record}Entity e) {
        return new ${record}View(e.id, e.code, e.version, Forms.read(${record}Data.class, e), e.stamps.createdAt(), e.stamps.createdBy(),
                e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
