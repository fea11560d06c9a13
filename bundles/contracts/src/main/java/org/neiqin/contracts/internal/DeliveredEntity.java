package org.neiqin.contracts.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** What one fulfilment source delivered on one order or contract, in value (the FulfilmentLedger's row). */
@Entity
@Table(name = "CT_DELIVERED")
@IdClass(DeliveredEntity.Key.class)
public class DeliveredEntity {
    @Id
    Long documentId;
    @Id
    String source;
    BigDecimal amount;

    /** The row's key: the document and the source. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long documentId;
        String source;

        public Key() {
        }

        Key(long documentId, String source) {
            this.documentId = documentId;
            this.source = source;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(documentId, k.documentId) && Objects.equals(source, k.source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, source);
        }
    }
}
