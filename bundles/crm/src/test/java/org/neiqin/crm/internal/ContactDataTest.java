package org.neiqin.crm.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.neiqin.api.error.FieldError;
import org.neiqin.kit.form.Forms;

public class ContactDataTest {

    private static void assertOnly(List<FieldError> errors, String field, String rule) {
        assertEquals("exactly one error expected, got " + errors, 1, errors.size());
        assertEquals(field, errors.get(0).field());
        assertEquals(rule, errors.get(0).rule());
    }

    @Test
    public void aNamedContactIsValid() {
        assertEquals(List.of(), Forms.check(new ContactData("Li Wei", null, null, null)));
        assertEquals(List.of(), Forms.check(new ContactData("Li Wei", "purchasing manager",
                "+86 138 1234 5678", "li.wei@northern.example.cn")));
    }

    @Test
    public void theNameIsRequired() {
        assertOnly(Forms.check(new ContactData(null, "buyer", null, null)), "name", "required");
        assertOnly(Forms.check(new ContactData("", "buyer", null, null)), "name", "required");
        assertOnly(Forms.check(new ContactData("  ", "buyer", null, null)), "name", "required");
    }

    @Test
    public void theNameHasAtMost60Characters() {
        assertEquals(List.of(), Forms.check(new ContactData("n".repeat(60), null, null, null)));
        assertOnly(Forms.check(new ContactData("n".repeat(61), null, null, null)), "name", "maxLength");
    }

    @Test
    public void theEmailMustBeAnAddress() {
        List<FieldError> errors = Forms.check(new ContactData("Li Wei", null, null, "not-an-email"));
        assertOnly(errors, "email", "format");
        assertEquals("'not-an-email' is not an e-mail address", errors.get(0).message());
    }

    @Test
    public void thePhoneMustBeANumber() {
        assertOnly(Forms.check(new ContactData("Li Wei", null, "call me", null)), "phone", "format");
    }

    @Test
    public void aMissingNameAndABadEmailAreBothReported() {
        List<FieldError> errors = Forms.check(new ContactData(null, null, null, "li.wei"));
        assertEquals(2, errors.size());
        assertEquals("name", errors.get(0).field());
        assertEquals("required", errors.get(0).rule());
        assertEquals("email", errors.get(1).field());
        assertEquals("format", errors.get(1).rule());
    }
}
