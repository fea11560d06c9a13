package org.neiqin.kit.form;

/** A test entity for {@link Contact}. */
class ContactRow {
    Long id;
    String name;
    String roleTitle;
    String phone;
    String email;
    int position;
}
