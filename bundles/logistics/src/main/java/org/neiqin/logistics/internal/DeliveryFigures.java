package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.crm.CustomerFigure;
import org.neiqin.api.crm.CustomerFigureProvider;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On the customer card: the delivery notes not yet delivered (prepared, in review, reviewed, on the
 * way or with a problem) and their value, and how many of them are late. Not counted against the
 * credit limit: what is owed is invoicing's to say.
 */
@Component(service = CustomerFigureProvider.class)
public class DeliveryFigures implements CustomerFigureProvider {
    private final LogisticsStore store;
    private final SecurityService security;

    private final CompanyCurrency currency;

    @Activate
    public DeliveryFigures(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency) {
        this.currency = currency;
        this.store = store;
        this.security = security;
    }

    @Override
    public List<CustomerFigure> figures(long customerId, Locale locale) {
        Optional<Actor> actor = security.currentActor();
        if (actor.isEmpty() || !security.isPermitted(actor.get(), LogisticsModule.READ)) {
            return List.of();
        }
        List<NoteEntity> open = store.read(em -> em.createQuery("select n from NoteEntity n where n.customerId = :c"
                + " and n.state in :open", NoteEntity.class).setParameter("c", customerId).setParameter("open", NoteState.UNDELIVERED)
                .getResultList());
        String currency = open.isEmpty() ? this.currency.code() : open.get(0).currency;
        BigDecimal value = open.stream().filter(n -> n.currency.equals(currency)).map(n -> n.amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        LocalDate today = store.today();
        long late = open.stream().filter(n -> Notes.late(n.state, n.promisedOn, today)).count();
        boolean zh = "zh".equals(locale.getLanguage());
        Money total = Money.of(value, currency);
        return List.of(new CustomerFigure(zh ? "未到货的发货单" : "Delivery notes not yet delivered",
                        String.valueOf(open.size()), null, false),
                new CustomerFigure(zh ? "未到货发货单金额" : "Value of delivery notes not yet delivered", total.toString(),
                        total, false),
                new CustomerFigure(zh ? "逾期未发货的发货单" : "Delivery notes late to leave", String.valueOf(late), null, false));
    }
}
