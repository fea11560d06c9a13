package org.neiqin.logistics.internal;

import java.math.BigDecimal;

import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;
import org.neiqin.kit.store.Stamps;

/** A return or exchange (退换货) of goods of one delivery note. */
@Entity
@Table(name = "LG_RETURN")
public class ReturnEntity implements Row, Stateful<ReturnState> {
    @Id
    Long id;
    @Version
    int version;
    String code;
    @Enumerated(EnumType.STRING)
    ReturnKind kind;
    @Enumerated(EnumType.STRING)
    ReturnState state;
    long noteId;
    String noteCode;
    long documentId;
    String documentNumber;
    String customerName;
    String reason;
    String currency;
    BigDecimal amount;
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

    @Override
    public long id() {
        return id;
    }

    @Override
    public ReturnState state() {
        return state;
    }

    @Override
    public void state(ReturnState to) {
        state = to;
    }

    @Override
    public Transitions<ReturnState> transitions() {
        return ReturnState.STEPS;
    }
}
