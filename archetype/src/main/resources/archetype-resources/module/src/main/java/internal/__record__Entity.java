package ${package}.internal;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

@Entity
@Table(name = "${tablePrefix}_${recordTable}")
public class ${record}Entity extends Recorded {
    String code;
    String name;
    @Enumerated(EnumType.STRING)
    ${record}Kind kind;
    String note;

    @Override
    public String reference() {
        return code;
    }
}
