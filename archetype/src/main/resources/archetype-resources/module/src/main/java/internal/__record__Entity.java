package ${package}.internal;

import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Stamped;
import org.neiqin.kit.store.Stamps;
import org.neiqin.kit.store.Versioned;

@Entity
@Table(name = "${tablePrefix}_RECORD")
public class ${record}Entity implements Row, Versioned, Stamped {
    @Id
    Long id;
    @Version
    int version;
    String code;
    String name;
    @Enumerated(EnumType.STRING)
    ${record}Kind kind;
    String note;
    /** created/updated, set by the store only (create, touch) */
    @Embedded
    Stamps stamps = new Stamps();

    @Override
    public void assignId(long id) {
        this.id = id;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String reference() {
        return code;
    }

    @Override
    public Stamps stamps() {
        return stamps;
    }
}
