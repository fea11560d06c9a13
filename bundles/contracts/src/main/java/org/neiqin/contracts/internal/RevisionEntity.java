package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Stamped;
import org.neiqin.kit.store.Stamps;

/**
 * One version of a document: its header as text (field = value, as {@link org.neiqin.kit.form.Forms#strings}
 * prints it) and its total; the lines are the {@link LineEntity} rows of the same revision.
 */
@Entity
@Table(name = "CT_REVISION")
public class RevisionEntity implements Row, Stamped {
    @Id
    Long id;
    Long documentId;
    int revision;
    @javax.persistence.Enumerated(javax.persistence.EnumType.STRING)
    RevisionState state;
    String header;
    BigDecimal total;
    String reason;
    @Embedded
    Stamps stamps = new Stamps();
    Instant decidedAt;

    @Override
    public void assignId(long id) {
        this.id = id;
    }

    @Override
    public Stamps stamps() {
        return stamps;
    }
}
