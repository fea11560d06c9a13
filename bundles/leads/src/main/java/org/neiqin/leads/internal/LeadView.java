package org.neiqin.leads.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.leads.internal.calls.CallOutcome;
import org.neiqin.leads.internal.calls.Topic;

/** One lead as REST, the console and the shell show it: its facts, whose it is and why, its inquiries and calls. */
public record LeadView(long id, String code, int version, LeadStage stage, LeadData data, Long offerId,
        String owner, Instant assignedAt, String assignReason, LocalDate nextContactOn, boolean overdue,
        Instant firstResponseAt, Instant lastContactAt, int touches, Instant pooledAt, String poolReason,
        String lostReason, String competitor, Long customerId, String customerCode, List<Neighbour> territory,
        List<Touch> inquiries, List<Call> calls, Instant createdAt, Instant updatedAt, String updatedBy) {

    /** Another lead of the region, won (a dealer there) or in negotiation: territory protection (区域保护). */
    public record Neighbour(long id, String code, String company, LeadStage stage) {
    }

    /** An inquiry on the lead. */
    public record Touch(Instant at, LeadSource source, String sourceDetail, String message, String enteredBy) {
    }

    /** A call on the lead. */
    public record Call(long id, Instant at, String caller, CallOutcome outcome, Topic topic, String learned,
            String competitor, LocalDate nextContactOn) {
    }
}
