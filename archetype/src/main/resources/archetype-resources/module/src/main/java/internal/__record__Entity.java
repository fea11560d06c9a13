package ${package}.internal;

import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Versioned;

@Entity
@Table(name = "${tablePrefix}_RECORD")
public class ${record}Entity implements Row, Versioned {
    @Id
    Long id;
    @Version
    int version;
    String code;
    String name;
    @Enumerated(EnumType.STRING)
    ${record}Kind kind;
    String note;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    String updatedBy;

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
}
