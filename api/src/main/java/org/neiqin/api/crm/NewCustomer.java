package org.neiqin.api.crm;

/**
 * A customer file another module opens for a party it already knows (a won investment lead): the card's first facts
 * and its first contact. The file is a prospective general company on prepayment until the office fills in the rest.
 *
 * @param origin where it comes from, unique across Neiqin (e.g. {@code leads.lead:42}): opening the same origin again
 *        returns the file made the first time, never a second one
 * @param reference what the origin is called for a person (e.g. the lead's number), written in the file's history
 * @param fullName the company's registered name
 * @param phone the company's phone, or {@code null}
 * @param email the company's e-mail, or {@code null}
 * @param region the sales region, or {@code null}
 * @param salesperson the responsible salesperson's login, or {@code null}
 * @param contactName the first contact person, or {@code null}
 * @param contactPhone their phone, or {@code null}
 * @param contactEmail their e-mail, or {@code null}
 * @param note what is known of the party's plans (the file's "plans"), or {@code null}
 * @since 0.7
 */
public record NewCustomer(String origin, String reference, String fullName, String phone, String email, String region,
        String salesperson, String contactName, String contactPhone, String contactEmail, String note) {
}
