package org.neiqin.catalog.internal.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/**
 * One product's price in a version, tax included, valid in the version from {@code validFrom} to {@code validTo}
 * (either open). The product's code and name are kept as they were when the entry was written: an exported version
 * reads as it was approved.
 */
@Entity
@Table(name = "CAT_PRICE_ENTRY")
public class PriceEntryEntity implements Row {
    @Id
    Long id;
    Long versionId;
    int lineNo;
    Long productId;
    String productCode;
    String productName;
    String unit;
    BigDecimal price;
    LocalDate validFrom;
    LocalDate validTo;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
