package org.neiqin.kit.form;

/** A test enum: where a card's facts came from. */
public enum Source {
    VISIT,
    CUSTOMER_FORM,
    SURVEY_AGENCY,
    OTHER
}
