package org.neiqin.logistics.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.SaleLegality;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The legality of a sale on the day goods are released (销售合法性): at the review's approval, the credit round's and
 * shipping, the customer must hold, valid that day, every licence the goods of the note need — as contracts judges it
 * ({@link SaleLegality}: the catalogue's licences of each product, else the company's gates over names). A licence
 * can expire between the order and the delivery.
 */
@Component(service = Legality.class)
public class Legality {
    private final ContractLedger ledger;
    private final SaleLegality legality;
    private final LogisticsStore store;
    private final SecurityService security;

    @Activate
    public Legality(@Reference ContractLedger ledger, @Reference SaleLegality legality, @Reference LogisticsStore store,
            @Reference SecurityService security) {
        this.ledger = ledger;
        this.legality = legality;
        this.store = store;
        this.security = security;
    }

    /** @throws ConflictException 409 {@code licence} naming the product and the licence the customer lacks today */
    void require(EntityManager em, NoteEntity e) {
        Set<Long> taken = em.createQuery("select l.contractLineId from NoteLineEntity l where l.noteId = :n"
                + " and l.contractLineId is not null", Long.class).setParameter("n", e.id).getResultList().stream()
                .collect(Collectors.toSet());
        if (taken.isEmpty()) {
            return;
        }
        // a rule the system keeps, whoever releases the goods: read whatever the releasing user may read
        List<Text> problems = security.runAs(Actor.SYSTEM, () -> {
            List<ContractLine> lines = ledger.find(e.documentId).map(d -> d.lines().stream()
                    .filter(l -> taken.contains(l.id())).toList()).orElse(List.of());
            return legality.problems(e.customerId, lines, store.today());
        });
        if (!problems.isEmpty()) {
            throw new ConflictException("licence", Text.of("logistics.licence.held", "{0}: the goods are not released"
                    + " — {1}", e.code, problems.get(0)));
        }
    }
}
