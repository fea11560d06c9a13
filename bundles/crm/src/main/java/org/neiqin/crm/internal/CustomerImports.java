package org.neiqin.crm.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.crm.CrmEvents;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.numbering.NumberRange;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.imports.RecordImport;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Customer cards imported from a file (a workbook or a CSV in any encoding the kit reads): checked first, then written
 * all together, each card with its number and audit entry, as {@link CustomerService} writes one.
 */
@Component(service = CustomerImports.class)
public class CustomerImports {
    private final CrmStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final CompanyCurrency currency;
    private final CustomerService customers;

    @Activate
    public CustomerImports(@Reference CrmStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference CompanyCurrency currency,
            @Reference CustomerService customers) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.currency = currency;
        this.customers = customers;
    }

    /**
     * A dry run of an import of a file as uploaded, a workbook or a CSV in any encoding the kit reads,
     * read as it streams: every problem, nothing changed.
     *
     * @param charset the CSV's character set when the user names it, else null
     */
    public RecordImport.Checked checkImport(ImportFile file, String charset) {
        security.require(CrmModule.IMPORT);
        return read(file, charset, c -> { });
    }

    private RecordImport.Checked read(ImportFile file, String charset, Consumer<CustomerData> cards) {
        return CsvImport.definition(store.today(), currency.code()).read(file, charset, cards);
    }

    /**
     * Imports a file's cards all together, when it is clean: one transaction, so either every card is
     * created (each with its number and audit entry) or none is. The file is read twice as it streams,
     * the check first, then the import; every {@value #IMPORT_BATCH} cards the transaction lets go of
     * what it wrote ({@link Store#release}), so memory does not grow with the file. One
     * {@link CrmEvents#CUSTOMERS_IMPORTED} event is sent, not one per card.
     *
     * @return how many cards were created
     * @throws ValidationException 400 naming the problems ({@value RecordImport#SHOWN_PROBLEMS} at most, row
     *         by row) when the file has any; nothing is imported until every row is correct
     */
    public RecordImport.Checked importCustomers(ImportFile file, String charset) {
        Actor actor = security.require(CrmModule.IMPORT);
        RecordImport.Checked checked = read(file, charset, c -> { });
        if (!checked.report().clean()) {
            throw new ValidationException(checked.report().errors());
        }
        return store.write(em -> {
            int[] n = {0};
            String[] codes = new String[2];
            // every card's number in one step: gapless, in file order
            NumberRange numbers = numbering.reserve(CrmModule.NUMBERING, store.today(), Map.of(),
                    checked.report().records());
            RecordImport.Checked again = read(file, charset, d -> {
                customers.validate(d);
                if (n[0] >= numbers.size()) {
                    throw new IllegalStateException("the import file read differently the second time");
                }
                CustomerView v = customers.insert(em, d, actor, AuditAction.IMPORT, numbers.get(n[0]));
                codes[0] = codes[0] == null ? v.code() : codes[0];
                codes[1] = v.code();
                if (++n[0] % IMPORT_BATCH == 0) {
                    store.release(em);
                }
            });
            if (!again.report().clean() || n[0] != checked.report().records()) {
                // the copy read twice is the server's own; reaching here means it changed under the import
                throw new IllegalStateException("the import file read differently the second time");
            }
            store.event(CrmEvents.CUSTOMERS_IMPORTED, actor).with(CrmEvents.COUNT, n[0])
                    .with(CrmEvents.FIRST_CODE, codes[0]).with(CrmEvents.LAST_CODE, codes[1]).publish();
            return again;
        });
    }

    /** Cards written between two releases of an import. */
    static final int IMPORT_BATCH = 500;
}
