package org.neiqin.invoicing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An issued invoice goes back through the office, which sends it to the customer (回到内勤寄给客户): the day, the courier
 * and its waybill; then the day the customer received it. Each written in the invoice's history.
 */
@Component(service = InvoiceSending.class)
public class InvoiceSending {
    /** How an invoice was sent: the day (not before it was issued, not after today), the courier, its waybill. */
    public record Sent(@Spec(required = true, kind = Kind.DATE) LocalDate sentOn,
            @Spec(required = true, max = 100) String courier, @Spec(max = 60) String waybill) {
    }

    /** The day the customer received the invoice. */
    public record Received(@Spec(required = true, kind = Kind.DATE) LocalDate arrivedOn) {
    }

    private final InvoicingStore store;
    private final SecurityService security;

    @Activate
    public InvoiceSending(@Reference InvoicingStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    public InvoiceView sent(long id, int version, Sent data) {
        Actor actor = security.require(InvoicingModule.WRITE);
        Forms.require(Forms.check(data));
        return store.write(em -> {
            InvoiceEntity e = InvoiceReader.visible(em, id, version, security.scope());
            if (e.state != InvoiceState.ISSUED) {
                throw new ConflictException("not-issued", Text.of("invoicing.send.notIssued",
                        "invoice {0} is {1}: an invoice is sent to the customer once finance issued it", e.reference(),
                        e.state));
            }
            if (e.sentOn != null) {
                throw new ConflictException("sent", Text.of("invoicing.send.already", "invoice {0} was sent on {1} already",
                        e.reference(), e.sentOn));
            }
            within("sentOn", data.sentOn(), e.issuedOn);
            e.sentOn = data.sentOn();
            e.courier = data.courier().trim();
            e.waybill = Forms.trimmed(data.waybill());
            store.touch(e, actor);
            Map<String, Object> after = new HashMap<>();
            after.put("sentOn", e.sentOn.toString());
            after.put("courier", e.courier);
            if (e.waybill != null) {
                after.put("waybill", e.waybill);
            }
            store.audit(em, InvoicingModule.ENTITY, e.id, AuditAction.UPDATE, null, after);
            return InvoiceReader.view(em, e);
        });
    }

    public InvoiceView received(long id, int version, Received data) {
        Actor actor = security.require(InvoicingModule.WRITE);
        Forms.require(Forms.check(data));
        return store.write(em -> {
            InvoiceEntity e = InvoiceReader.visible(em, id, version, security.scope());
            if (e.sentOn == null || e.receivedOn != null) {
                throw new ConflictException("state", Text.of("invoicing.send.receivedState",
                        "invoice {0}: its receipt by the customer is recorded once, after it was sent", e.reference()));
            }
            within("arrivedOn", data.arrivedOn(), e.sentOn);
            e.receivedOn = data.arrivedOn();
            store.touch(e, actor);
            store.audit(em, InvoicingModule.ENTITY, e.id, AuditAction.UPDATE, null, Map.of("arrivedOn",
                    e.receivedOn.toString()));
            return InvoiceReader.view(em, e);
        });
    }

    private void within(String field, LocalDate day, LocalDate from) {
        LocalDate today = store.today();
        if (day.isBefore(from) || day.isAfter(today)) {
            throw new ValidationException(field, "range", Text.of("invoicing.send.range", "the day is from {0} to today ({1})",
                    from, today));
        }
    }
}
