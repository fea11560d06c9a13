package org.neiqin.api.crm;

/**
 * What a document copies from the customer file on the day it is issued, so that it keeps saying
 * what it said even after the file changes.
 *
 * @param id internal id
 * @param code customer number
 * @param fullName registered full name
 * @param address address
 * @param contactName main contact
 * @param phone main phone
 * @param taxNumber tax number (税号)
 * @param bank bank name (开户行)
 * @param bankAccount bank account (账号)
 * @since 0.1
 */
public record CustomerSnapshot(long id, String code, String fullName, String address, String contactName,
        String phone, String taxNumber, String bank, String bankAccount) {
}
