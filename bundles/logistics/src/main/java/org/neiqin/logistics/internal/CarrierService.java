package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The register of logistics companies (物流公司): entered with their agreement, screened by a manager
 * before use; a shipment by a logistics company names one that is screened and whose agreement is
 * valid on the ship date. How each performed is read from the notes it carried, never kept apart.
 */
@Component(service = CarrierService.class)
public class CarrierService {
    private final LogisticsStore store;
    private final SecurityService security;

    private final CompanyCurrency currency;

    @Activate
    public CarrierService(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency) {
        this.currency = currency;
        this.store = store;
        this.security = security;
    }

    /** Enters a logistics company in the register; it is used once a manager has screened it. */
    public CarrierView register(CarrierRequest r) {
        Actor actor = security.require(LogisticsModule.CARRIERS);
        List<FieldError> errors = new ArrayList<>(Forms.check(r));
        if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            errors.add(new FieldError("validTo", "range", Text.of("logistics.carrier.range",
                    "the agreement cannot end before it begins")));
        }
        Forms.require(errors);
        String name = r.name().trim();
        return store.write(em -> {
            if (!em.createQuery("select c.id from CarrierEntity c where lower(c.name) = :n", Long.class)
                    .setParameter("n", name.toLowerCase()).getResultList().isEmpty()) {
                throw new ConflictException("duplicate", Text.of("logistics.carrier.duplicate",
                        "{0} is in the register already", name));
            }
            CarrierEntity c = new CarrierEntity();
            c.name = name;
            c.contact = Forms.trimmed(r.contact());
            c.phone = Forms.trimmed(r.phone());
            c.agreement = Forms.trimmed(r.agreement());
            c.rates = Forms.trimmed(r.rates());
            c.validFrom = r.validFrom();
            c.validTo = r.validTo();
            store.create(em, c, actor);
            store.audit(em, LogisticsModule.CARRIER_ENTITY, c.id, AuditAction.CREATE, null, Forms.filled(r));
            return view(em, c);
        });
    }

    /** What a manager's screening says was checked. */
    public record Screening(@Spec(max = 500, kind = Spec.Kind.LONG_TEXT) String note) {
    }

    /** A manager's screening (资质审核) of a company in the register, with what was checked. */
    public CarrierView screen(long id, int version, String note) {
        Actor actor = security.require(LogisticsModule.SCREEN);
        if (note == null || note.isBlank()) {
            throw new ValidationException("note", "required", Text.of("logistics.carrier.screenNote",
                    "say what was checked (licence, insurance, references)"));
        }
        Forms.require(Forms.check(new Screening(note)));
        return store.write(em -> {
            CarrierEntity c = Store.load(em, CarrierEntity.class, id, version, "carrier");
            if (c.screenedBy != null) {
                throw new ConflictException("screened", Text.of("logistics.carrier.screened",
                        "{0} was screened by {1} already", c.name, c.screenedBy));
            }
            c.screenedBy = actor.name();
            c.screenedAt = store.now();
            c.screeningNote = note.trim();
            store.touch(c, actor);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("screenedBy", actor.name());
            after.put("screeningNote", c.screeningNote);
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("screenedBy", null);
            store.audit(em, LogisticsModule.CARRIER_ENTITY, c.id, AuditAction.UPDATE, before, after);
            return view(em, c);
        });
    }

    /** @return the register, by name */
    public List<CarrierView> list() {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            List<CarrierView> out = new ArrayList<>();
            for (CarrierEntity c : em.createQuery("select c from CarrierEntity c order by c.name", CarrierEntity.class)
                    .getResultList()) {
                out.add(view(em, c));
            }
            return out;
        });
    }

    public CarrierView get(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> view(em, Store.find(em, CarrierEntity.class, id, "carrier")));
    }

    /** @return the company's changes, oldest first */
    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(LogisticsModule.CARRIER_ENTITY, id);
    }

    /** @throws ConflictException 409 when the company may not carry goods that leave on {@code day} */
    static void requireUsable(CarrierEntity c, LocalDate day) {
        if (c.screenedBy == null) {
            throw new ConflictException("carrierNotScreened", Text.of("logistics.carrier.notScreened",
                    "{0} has not been screened by a manager: it carries no goods yet", c.name));
        }
        if (day.isBefore(c.validFrom) || day.isAfter(c.validTo)) {
            throw new ConflictException("carrierAgreement", Text.of("logistics.carrier.agreement",
                    "the agreement with {0} is valid from {1} to {2}, not on {3}", c.name, c.validFrom, c.validTo, day));
        }
    }

    CarrierView view(EntityManager em, CarrierEntity c) {
        List<Object[]> notes = em.createQuery("select n.expectedArrival, n.deliveredAt, n.problem, n.freight, n.currency"
                + " from NoteEntity n where n.carrierId = :c and n.state in :left", Object[].class).setParameter("c", c.id)
                .setParameter("left", List.of(NoteState.SHIPPED, NoteState.IN_TRANSIT, NoteState.DELIVERED,
                        NoteState.EXCEPTION)).getResultList();
        long delivered = 0;
        long measured = 0;
        long onTime = 0;
        long lateDays = 0;
        long exceptions = 0;
        BigDecimal freight = BigDecimal.ZERO.setScale(2);
        String currency = this.currency.code();
        for (Object[] n : notes) {
            LocalDate expected = (LocalDate) n[0];
            Instant arrived = (Instant) n[1];
            if (n[2] != null) {
                exceptions++;
            }
            if (n[3] != null) {
                freight = freight.add((BigDecimal) n[3]);
            }
            currency = (String) n[4];
            if (arrived == null) {
                continue;
            }
            delivered++;
            if (expected != null) {
                measured++;
                long late = ChronoUnit.DAYS.between(expected, LocalDate.ofInstant(arrived, store.clock().zone()));
                if (late <= 0) {
                    onTime++;
                } else {
                    lateDays += late;
                }
            }
        }
        BigDecimal share = measured == 0 ? null
                : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(measured), 1, RoundingMode.HALF_UP);
        BigDecimal delay = measured - onTime == 0 ? null
                : BigDecimal.valueOf(lateDays).divide(BigDecimal.valueOf(measured - onTime), 1, RoundingMode.HALF_UP);
        LocalDate today = store.today();
        boolean usable = c.screenedBy != null && !today.isBefore(c.validFrom) && !today.isAfter(c.validTo);
        return new CarrierView(c.id, c.version, c.name, c.contact, c.phone, c.agreement, c.rates, c.validFrom, c.validTo,
                usable, c.screenedBy, c.screenedAt, c.screeningNote, notes.size(), delivered, share, delay, exceptions,
                Money.of(freight, currency), c.stamps.createdAt(), c.stamps.createdBy());
    }
}
