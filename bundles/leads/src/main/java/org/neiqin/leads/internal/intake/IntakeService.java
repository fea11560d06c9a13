package org.neiqin.leads.internal.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.kit.form.Forms;
import org.neiqin.leads.internal.Inquiries;
import org.neiqin.leads.internal.Keys;
import org.neiqin.leads.internal.LeadRules;
import org.neiqin.leads.internal.LeadSettings;
import org.neiqin.leads.internal.LeadSource;
import org.neiqin.leads.internal.LeadsStore;
import org.neiqin.leads.internal.assign.Assignment;
import org.neiqin.leads.internal.offers.OfferEntity;
import org.neiqin.leads.internal.offers.OfferState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public intake: a submission of the web form or its JSON endpoint, from anyone, without a login. It is counted
 * first — against its client address, and its phone number and e-mail address — whatever it is, so that a bot or a
 * flood of bad input spends the same allowance as a person; over a limit it makes nothing. A filled-in honeypot makes
 * nothing and is answered like a person. Bad input is refused with each field's problem, and makes nothing. Anything
 * else is kept as a submission and becomes a lead, or a touch on the lead it repeats.
 */
@Component(service = IntakeService.class)
public class IntakeService {
    /** Who the public is in the leads' history and the records' stamps. */
    public static final Actor WEB = new Actor("web", Set.of());

    /** What the submitter is told. */
    public enum Outcome {
        /** Thanked (a lead, a touch, or a bot that is not told). */
        RECEIVED,
        /** Over a limit: told to try later; nothing made. */
        LIMITED
    }

    private final LeadsStore store;
    private final LeadSettings settings;
    private final Limits limits;
    private final Inquiries inquiries;
    private final Assignment assignment;

    @Activate
    public IntakeService(@Reference LeadsStore store, @Reference LeadSettings settings, @Reference Limits limits,
            @Reference Inquiries inquiries, @Reference Assignment assignment) {
        this.store = store;
        this.settings = settings;
        this.limits = limits;
        this.inquiries = inquiries;
        this.assignment = assignment;
    }

    /**
     * Takes one submission from {@code address} (the client's, as {@link ClientAddress} reads it).
     *
     * @param before what was wrong with the submission before it was read into {@code d} (a field it does not have, a
     *        number that is none): refused with the rest, after it was counted
     * @throws ValidationException 400 when the input is wrong (counted all the same, nothing made)
     */
    public Outcome submit(SubmissionData d, List<FieldError> before, String address) {
        LeadSettings.Values v = settings.values();
        TreeSet<String> counters = new TreeSet<>();
        counters.add("ip:" + address);
        String phone = d == null ? null : Keys.phone(d.phone());
        String email = d == null ? null : Keys.email(d.email());
        if (phone != null) {
            counters.add("phone:" + phone);
        }
        if (email != null) {
            counters.add("email:" + email);
        }
        limits.ensure(counters);
        assignment.prepare();
        List<FieldError> errors = new ArrayList<>(before);
        Outcome outcome = store.write(em -> {
            Instant now = store.now();
            boolean within = true;
            for (String c : counters) {
                within &= limits.count(em, c, c.startsWith("ip:") ? v.perAddress() : v.perContact(), v.window(), now);
            }
            if (!within) {
                return Outcome.LIMITED;
            }
            if (d == null) {
                errors.add(new FieldError("company", "required", Text.of("leads.intake.empty", "the form is empty")));
                return Outcome.RECEIVED;
            }
            if (d.website() != null && !d.website().isEmpty()) {
                return Outcome.RECEIVED;
            }
            errors.addAll(Forms.check(d));
            errors.removeIf(e -> before.stream().anyMatch(b -> b.field().equals(e.field())) && !before.contains(e));
            errors.addAll(LeadRules.reachable(d.phone(), d.email()));
            errors.addAll(inquiries.regionProblems(d.region()));
            String offerTitle = null;
            if (d.offer() != null) {
                OfferEntity o = em.find(OfferEntity.class, d.offer());
                if (o == null || o.state != OfferState.PUBLISHED) {
                    errors.add(new FieldError("offer", "unknown", Text.of("leads.intake.offer",
                            "there is no published offer {0}", d.offer())));
                } else {
                    offerTitle = o.title;
                }
            }
            if (!errors.isEmpty()) {
                return Outcome.RECEIVED;
            }
            SubmissionEntity s = new SubmissionEntity();
            s.receivedAt = now;
            s.address = address;
            s.company = d.company().trim();
            s.contact = d.contact().trim();
            s.phone = Forms.trimmed(d.phone());
            s.email = Forms.trimmed(d.email());
            s.region = Forms.trimmed(d.region());
            s.product = Forms.trimmed(d.interest());
            s.offerId = d.offer();
            s.message = Forms.trimmed(d.message());
            s.outcome = SubmissionEntity.Outcome.LEAD;
            store.persist(em, s);
            String product = s.product != null ? s.product : offerTitle;
            Inquiries.Result r = inquiries.record(em, new Inquiries.Inquiry(s.company, s.contact, s.phone, s.email,
                    s.region, product, s.offerId, LeadSource.WEB_FORM, null, s.message, s.id), null, WEB);
            s.outcome = r.repeat() ? SubmissionEntity.Outcome.TOUCH : SubmissionEntity.Outcome.LEAD;
            s.leadId = r.lead().id;
            return Outcome.RECEIVED;
        });
        // the counting committed; the input's problems are told now (not to one over the limit)
        if (outcome == Outcome.RECEIVED) {
            Forms.require(errors);
        }
        return outcome;
    }
}
