package org.neiqin.kit.form;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.neiqin.kit.form.Cards.complete;
import static org.neiqin.kit.form.Cards.valid;
import static org.neiqin.kit.form.Cards.with;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;

public class FormsTest {

    // ---------------------------------------------------------------- helpers

    /** The text a user would type for the required fields of a card. */
    private static Map<String, String> requiredText() {
        Map<String, String> m = new HashMap<>();
        m.put("fullName", "Shenyang Northern Trading Co., Ltd.");
        m.put("lifecycle", "NEW");
        m.put("nature", "GENERAL_COMPANY");
        m.put("paymentTerms", "PREPAYMENT");
        m.put("infoSource", "VISIT");
        return m;
    }

    private static Card bind(Map<String, String> text, List<FieldError> errors) {
        return Forms.bind(Card.class, text::get, errors);
    }

    /** Binds one extra field on top of the required ones. */
    private static Card bindOne(String field, String value, List<FieldError> errors) {
        Map<String, String> m = requiredText();
        m.put(field, value);
        return bind(m, errors);
    }

    private static FieldError only(List<FieldError> errors) {
        assertEquals("exactly one error expected, got " + errors, 1, errors.size());
        return errors.get(0);
    }

    private static void assertOnly(List<FieldError> errors, String field, String rule) {
        FieldError e = only(errors);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
        assertFalse("a message the user can act on", e.message().isBlank());
    }

    private static List<FieldError> check(Record r) {
        return Forms.check(r);
    }

    private static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    // ---------------------------------------------------------------- bind

    @Test
    public void bindRequiredTextGivesTheValidRecord() {
        List<FieldError> errors = new ArrayList<>();
        Card d = bind(requiredText(), errors);
        assertTrue(errors.toString(), errors.isEmpty());
        assertEquals(valid(), d);
    }

    @Test
    public void bindTrimsStringsAndTurnsBlankIntoNull() {
        Map<String, String> m = requiredText();
        m.put("fullName", "  Northern Trading  ");
        m.put("shortName", "   ");
        m.put("address", "");
        m.put("region", "\t Liaoning \n");
        List<FieldError> errors = new ArrayList<>();
        Card d = bind(m, errors);
        assertTrue(errors.toString(), errors.isEmpty());
        assertEquals("Northern Trading", d.fullName());
        assertNull(d.shortName());
        assertNull(d.address());
        assertEquals("Liaoning", d.region());
        assertNull("absent field", d.email());
    }

    @Test
    public void aFormWithABadDateIsRefusedWithItsOtherErrorsAtOnceAndTheDateOnce() {
        Map<String, String> m = requiredText();
        m.put("founded", "2026-02-30");
        m.put("shortName", repeat('x', 51));
        m.remove("fullName");
        try {
            Forms.bind(Card.class, m::get);
            throw new AssertionError("refused");
        } catch (ValidationException e) {
            assertEquals(List.of("founded", "fullName", "shortName"), e.errors().stream().map(FieldError::field).sorted()
                    .collect(Collectors.toList()));
        }
    }

    @Test
    public void bindParsesIsoDates() {
        List<FieldError> errors = new ArrayList<>();
        Card d = bindOne("founded", " 2019-03-01 ", errors);
        assertTrue(errors.toString(), errors.isEmpty());
        assertEquals(LocalDate.of(2019, 3, 1), d.founded());
    }

    @Test
    public void bindReportsAnImpossibleDateOnItsField() {
        List<FieldError> errors = new ArrayList<>();
        Card d = bindOne("founded", "2019-13-45", errors);
        assertOnly(errors, "founded", "format");
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("2019-13-45"));
        assertNull(d.founded());
    }

    @Test
    public void bindRefusesTheThirtiethOfFebruary() {
        List<FieldError> errors = new ArrayList<>();
        bindOne("tradingSince", "2019-02-30", errors);
        assertOnly(errors, "tradingSince", "format");
    }

    @Test
    public void bindParsesNumbersWithThousandsSeparators() {
        List<FieldError> errors = new ArrayList<>();
        Card d = bindOne("creditLimit", "1,250,000.50", errors);
        assertTrue(errors.toString(), errors.isEmpty());
        assertEquals(new BigDecimal("1250000.50"), d.creditLimit());
    }

    @Test
    public void bindReportsTextInAnAmountField() {
        List<FieldError> errors = new ArrayList<>();
        Card d = bindOne("creditLimit", "abc", errors);
        assertOnly(errors, "creditLimit", "format");
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("abc"));
        assertNull(d.creditLimit());
    }

    @Test
    public void bindParsesDays() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(Integer.valueOf(45), bindOne("creditDays", "45", errors).creditDays());
        assertTrue(errors.toString(), errors.isEmpty());

        bindOne("creditDays", "thirty", errors);
        assertOnly(errors, "creditDays", "format");
    }

    @Test
    public void bindAcceptsChoicesInAnyCase() {
        Map<String, String> m = requiredText();
        m.put("lifecycle", "existing");
        m.put("nature", "Special_Company");
        m.put("paymentTerms", " monthly_settlement ");
        m.put("infoSource", "survey_agency");
        List<FieldError> errors = new ArrayList<>();
        Card d = bind(m, errors);
        assertTrue(errors.toString(), errors.isEmpty());
        assertEquals(Lifecycle.EXISTING, d.lifecycle());
        assertEquals(Nature.SPECIAL_COMPANY, d.nature());
        assertEquals(PaymentTerms.MONTHLY_SETTLEMENT, d.paymentTerms());
        assertEquals(Source.SURVEY_AGENCY, d.infoSource());
    }

    @Test
    public void bindReportsAnUnknownChoiceAndListsTheAllowedOnes() {
        List<FieldError> errors = new ArrayList<>();
        Card d = bindOne("nature", "VIP", errors);
        assertOnly(errors, "nature", "unknown");
        String message = errors.get(0).message();
        assertTrue(message, message.contains("VIP"));
        for (Nature n : Nature.values()) {
            assertTrue(message + " should list " + n, message.contains(n.name()));
        }
        assertNull(d.nature());
    }

    @Test
    public void bindCollectsEveryErrorOfOneForm() {
        Map<String, String> m = requiredText();
        m.put("founded", "2019-13-45");
        m.put("creditLimit", "abc");
        m.put("nature", "VIP");
        List<FieldError> errors = new ArrayList<>();
        bind(m, errors);
        assertEquals(errors.toString(), 3, errors.size());
        Map<String, String> byField = errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::rule));
        assertEquals("format", byField.get("founded"));
        assertEquals("format", byField.get("creditLimit"));
        assertEquals("unknown", byField.get("nature"));
    }

    @Test
    public void bindAddsToErrorsAlreadyFound() {
        List<FieldError> errors = new ArrayList<>();
        errors.add(new FieldError("code", "conflict", "code is taken"));
        bindOne("creditLimit", "abc", errors);
        assertEquals(2, errors.size());
        assertEquals("code", errors.get(0).field());
        assertEquals("creditLimit", errors.get(1).field());
    }

    @Test
    public void bindOfWhatStringsPrintedGivesTheSameRecord() {
        // CSV export then import
        Card d = complete();
        List<FieldError> errors = new ArrayList<>();
        Card back = bind(Forms.strings(d), errors);
        assertTrue(errors.toString(), errors.isEmpty());
        assertEquals(d, back);
    }

    @Test
    public void bindContact() {
        Map<String, String> m = new HashMap<>();
        m.put("name", " Li Wei ");
        m.put("email", "li.wei@northern.example.cn");
        List<FieldError> errors = new ArrayList<>();
        Contact c = Forms.bind(Contact.class, m::get, errors);
        assertTrue(errors.toString(), errors.isEmpty());
        assertEquals(new Contact("Li Wei", null, null, "li.wei@northern.example.cn"), c);
    }

    // ---------------------------------------------------------------- check

    @Test
    public void aValidRecordHasNoErrors() {
        assertEquals(List.of(), check(valid()));
    }

    /** A request's fields without {@code @Spec}: a list of lines, a note. */
    private record Loose(@Spec(required = true) String name, List<String> lines, String note) {
    }

    @Test
    public void aFieldWithoutItsSpecIsOptionalAndItsTextStillCheckedAsText() {
        assertEquals(List.of("name required"), check(new Loose(null, null, null)).stream()
                .map(e -> e.field() + " " + e.rule()).toList());
        assertEquals(List.of(), check(new Loose("x", List.of("a"), "a note")));
        assertEquals(List.of("note format"), check(new Loose("x", null, "nul \u0000 here")).stream()
                .map(e -> e.field() + " " + e.rule()).toList());
        assertEquals("half of a pair is no character", List.of("note format"), check(new Loose("x", null, "a \uD83D b"))
                .stream().map(e -> e.field() + " " + e.rule()).toList());
        assertEquals("a whole pair is one", List.of(), check(new Loose("x", null, "a \uD83D\uDE00 b")));
    }

    @Test
    public void aCompleteRecordHasNoErrors() {
        assertEquals(List.of(), check(complete()));
    }

    @Test
    public void everyRequiredFieldIsNamedWhenMissing() {
        Card d = valid();
        for (String field : List.of("fullName", "lifecycle", "nature", "paymentTerms", "infoSource")) {
            List<FieldError> errors = check(with(d, field, null));
            assertOnly(errors, field, "required");
            assertTrue(errors.get(0).message(), errors.get(0).message().contains(field));
        }
    }

    @Test
    public void allMissingRequiredFieldsAreReportedTogether() {
        Card d = valid();
        for (String field : List.of("fullName", "lifecycle", "nature", "paymentTerms", "infoSource")) {
            d = with(d, field, null);
        }
        List<String> fields = check(d).stream().map(FieldError::field).collect(Collectors.toList());
        assertEquals(List.of("fullName", "lifecycle", "nature", "paymentTerms", "infoSource"), fields);
        assertTrue(check(d).stream().allMatch(e -> e.rule().equals("required")));
    }

    @Test
    public void aBlankFullNameIsMissing() {
        assertOnly(check(with(valid(), "fullName", "   ")), "fullName", "required");
    }

    @Test
    public void optionalFieldsMayBeEmpty() {
        assertEquals(List.of(), check(with(valid(), "email", "")));
    }

    @Test
    public void fullNameMayHave200CharactersButNot201() {
        assertEquals(List.of(), check(with(valid(), "fullName", repeat('x', 200))));

        List<FieldError> errors = check(with(valid(), "fullName", repeat('x', 201)));
        assertOnly(errors, "fullName", "maxLength");
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("200"));
    }

    @Test
    public void lengthCountsCharactersNotBytes() {
        // 200 Chinese characters are 600 bytes in UTF-8
        assertEquals(List.of(), check(with(valid(), "fullName", repeat('沈', 200))));
    }

    @Test
    public void aBadEmailIsAFormatErrorOnEmail() {
        List<FieldError> errors = check(with(valid(), "email", "not-an-email"));
        assertOnly(errors, "email", "format");
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("not-an-email"));
    }

    @Test
    public void emailsThatAreAccepted() {
        for (String email : List.of("a@b.cn", "li.wei+crm@northern.example.com.cn")) {
            assertEquals(email, List.of(), check(with(valid(), "email", email)));
        }
    }

    @Test
    public void emailsThatAreRefused() {
        for (String email : List.of("a@b", "@b.cn", "a b@c.cn", "a@@b.cn", "<a@b.cn>")) {
            assertOnly(check(with(valid(), "email", email)), "email", "format");
        }
    }

    @Test
    public void aBadPhoneIsAFormatErrorOnPhone() {
        assertOnly(check(with(valid(), "phone", "call me")), "phone", "format");
        assertOnly(check(with(valid(), "fax", "call me")), "fax", "format");
    }

    @Test
    public void phonesThatAreAccepted() {
        for (String phone : List.of("+86 024-2345 6789", "(024) 23456789", "13812345678", "024/2345")) {
            assertEquals(phone, List.of(), check(with(valid(), "phone", phone)));
        }
    }

    @Test
    public void aPhoneOfFourCharactersIsTooShort() {
        assertOnly(check(with(valid(), "phone", "1234")), "phone", "format");
    }

    @Test
    public void aBadWebsiteIsAFormatError() {
        assertOnly(check(with(valid(), "website", "not a site")), "website", "format");
        assertEquals(List.of(), check(with(valid(), "website", "www.northern.cn")));
    }

    @Test
    public void aNegativeAmountIsRefused() {
        List<FieldError> errors = check(with(valid(), "creditLimit", new BigDecimal("-0.01")));
        assertOnly(errors, "creditLimit", "min");
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("creditLimit"));
    }

    @Test
    public void zeroIsAnAmount() {
        assertEquals(List.of(), check(with(valid(), "creditLimit", BigDecimal.ZERO)));
    }

    @Test
    public void amountsTakeAtMostTwoDecimals() {
        assertOnly(check(with(valid(), "annualVolume", new BigDecimal("1.005"))), "annualVolume", "format");
        assertEquals(List.of(), check(with(valid(), "annualVolume", new BigDecimal("1.05"))));
    }

    @Test
    public void amountsTakeAtMostSeventeenDigits() {
        assertEquals(List.of(), check(with(valid(), "registeredCapital", new BigDecimal("99999999999999999.99"))));
        assertOnly(check(with(valid(), "registeredCapital", new BigDecimal("100000000000000000"))),
                "registeredCapital", "format");
    }

    @Test
    public void creditDaysRunFromZeroTo365() {
        assertEquals(List.of(), check(with(valid(), "creditDays", 0)));
        assertEquals(List.of(), check(with(valid(), "creditDays", 365)));
        assertOnly(check(with(valid(), "creditDays", 366)), "creditDays", "range");
        assertOnly(check(with(valid(), "creditDays", 400)), "creditDays", "range");
        assertOnly(check(with(valid(), "creditDays", -1)), "creditDays", "range");
    }

    @Test
    public void markupInANameIsTextNotAnError() {
        // stored as typed; the pages escape it when they show it
        String name = "<script>alert(1)</script>";
        assertEquals(List.of(), check(with(valid(), "fullName", name)));
        assertEquals(name, Forms.strings(with(valid(), "fullName", name)).get("fullName"));
    }

    @Test
    public void checkReportsEveryBrokenRule() {
        Card d = with(valid(), "fullName", null);
        d = with(d, "email", "not-an-email");
        d = with(d, "phone", "call me");
        d = with(d, "creditLimit", new BigDecimal("-1"));
        d = with(d, "creditDays", 400);
        List<FieldError> errors = check(d);
        Map<String, String> byField = errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::rule));
        assertEquals(errors.toString(), 5, errors.size());
        assertEquals("required", byField.get("fullName"));
        assertEquals("format", byField.get("email"));
        assertEquals("format", byField.get("phone"));
        assertEquals("min", byField.get("creditLimit"));
        assertEquals("range", byField.get("creditDays"));
    }

    // ---------------------------------------------------------------- require

    @Test
    public void requireThrowsNamingEveryField() {
        List<FieldError> errors = List.of(
                new FieldError("fullName", "required", "fullName is required"),
                new FieldError("email", "format", "'x' is not an e-mail address"));
        try {
            Forms.require(errors);
            fail("expected a ValidationException");
        } catch (ValidationException e) {
            assertEquals(2, e.errors().size());
            assertEquals("fullName", e.errors().get(0).field());
            assertEquals("email", e.errors().get(1).field());
            assertTrue(e.getMessage(), e.getMessage().contains("fullName"));
            assertTrue(e.getMessage(), e.getMessage().contains("email"));
            assertEquals(400, e.status());
        }
    }

    @Test
    public void requireOfNoErrorsDoesNothing() {
        Forms.require(new ArrayList<>());
        Forms.require(check(valid()));
    }

    @Test
    public void checkThenRequireOfABadRecordThrows() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Forms.require(check(with(valid(), "nature", null))));
        assertEquals("nature", e.errors().get(0).field());
        assertEquals("required", e.errors().get(0).rule());
    }

    // ---------------------------------------------------------------- strings

    @Test
    public void stringsFollowDeclarationOrder() {
        List<String> expected = new ArrayList<>();
        for (RecordComponent c : Card.class.getRecordComponents()) {
            expected.add(c.getName());
        }
        List<String> keys = new ArrayList<>(Forms.strings(valid()).keySet());
        assertEquals(47, keys.size());
        assertEquals(expected, keys);
        assertEquals("fullName", keys.get(0));
        assertEquals("infoSource", keys.get(46));
    }

    @Test
    public void stringsPrintNullAsEmpty() {
        Map<String, String> s = Forms.strings(valid());
        assertEquals("", s.get("shortName"));
        assertEquals("", s.get("founded"));
        assertEquals("", s.get("creditLimit"));
        assertEquals("", s.get("creditDays"));
    }

    @Test
    public void stringsPrintAmountsWithoutExponent() {
        Card d = with(valid(), "creditLimit", new BigDecimal("1E+6"));
        d = with(d, "annualVolume", new BigDecimal("1250000.50"));
        d = with(d, "registeredCapital", new BigDecimal("0.00000001"));
        Map<String, String> s = Forms.strings(d);
        assertEquals("1000000", s.get("creditLimit"));
        assertEquals("1250000.50", s.get("annualVolume"));
        assertEquals("0.00000001", s.get("registeredCapital"));
    }

    @Test
    public void stringsPrintChoicesByNameAndDatesAsIso() {
        Card d = with(valid(), "founded", LocalDate.of(2019, 3, 1));
        d = with(d, "creditDays", 30);
        Map<String, String> s = Forms.strings(d);
        assertEquals("NEW", s.get("lifecycle"));
        assertEquals("GENERAL_COMPANY", s.get("nature"));
        assertEquals("PREPAYMENT", s.get("paymentTerms"));
        assertEquals("VISIT", s.get("infoSource"));
        assertEquals("2019-03-01", s.get("founded"));
        assertEquals("30", s.get("creditDays"));
        assertEquals("Shenyang Northern Trading Co., Ltd.", s.get("fullName"));
    }

    // ---------------------------------------------------------------- diff

    @Test
    public void diffOfIdenticalRecordsIsEmpty() {
        assertTrue(Forms.diff(complete(), complete()).isEmpty());
    }

    @Test
    public void diffNamesOnlyTheChangedFields() {
        Card before = complete();
        Card after = with(before, "phone", "024 1111 2222");
        after = with(after, "lifecycle", Lifecycle.DORMANT);
        Map<String, Object[]> diff = Forms.diff(before, after);
        assertEquals(List.of("phone", "lifecycle"), new ArrayList<>(diff.keySet()));
        assertArrayEquals(new Object[] {"+86 024-2345 6789", "024 1111 2222"}, diff.get("phone"));
        assertArrayEquals(new Object[] {Lifecycle.EXISTING, Lifecycle.DORMANT}, diff.get("lifecycle"));
    }

    @Test
    public void diffIgnoresTheScaleOfAmounts() {
        Card before = with(valid(), "creditLimit", new BigDecimal("100"));
        Card after = with(valid(), "creditLimit", new BigDecimal("100.00"));
        assertTrue(Forms.diff(before, after).isEmpty());
    }

    @Test
    public void diffSeesAChangedAmount() {
        Card before = with(valid(), "creditLimit", new BigDecimal("100"));
        Card after = with(valid(), "creditLimit", new BigDecimal("100.01"));
        assertArrayEquals(new Object[] {new BigDecimal("100"), new BigDecimal("100.01")},
                Forms.diff(before, after).get("creditLimit"));
    }

    @Test
    public void diffCountsSettingAndClearingAValue() {
        Card empty = valid();
        Card set = with(valid(), "creditLimit", new BigDecimal("100"));
        Map<String, Object[]> added = Forms.diff(empty, set);
        assertEquals(List.of("creditLimit"), new ArrayList<>(added.keySet()));
        assertArrayEquals(new Object[] {null, new BigDecimal("100")}, added.get("creditLimit"));

        Map<String, Object[]> cleared = Forms.diff(set, empty);
        assertArrayEquals(new Object[] {new BigDecimal("100"), null}, cleared.get("creditLimit"));
    }

    @Test
    public void diffFromNothingListsEveryFieldThatIsSet() {
        Map<String, Object[]> diff = Forms.diff(null, valid());
        assertEquals(List.of("fullName", "lifecycle", "nature", "paymentTerms", "infoSource"),
                new ArrayList<>(diff.keySet()));
        assertArrayEquals(new Object[] {null, Nature.GENERAL_COMPANY}, diff.get("nature"));
    }

    // ---------------------------------------------------------------- copy / read

    @Test
    public void copyThenReadGivesTheRecordBack() {
        Card d = complete();
        CardEntity entity = new CardEntity();
        Forms.copy(d, entity);
        assertEquals(d, Forms.read(Card.class, entity));
    }

    @Test
    public void copySetsTheSameNamedFields() {
        Card d = complete();
        CardEntity entity = new CardEntity();
        entity.code = "C-0001";
        Forms.copy(d, entity);
        assertEquals(d.fullName(), entity.fullName);
        assertEquals(d.founded(), entity.founded);
        assertEquals(d.creditLimit(), entity.creditLimit);
        assertEquals(d.creditDays(), entity.creditDays);
        assertSame(d.lifecycle(), entity.lifecycle);
        assertSame(d.infoSource(), entity.infoSource);
        assertEquals("fields outside the form are left alone", "C-0001", entity.code);
        assertNull(entity.grade);
    }

    @Test
    public void copyClearsFieldsTheRecordLeavesEmpty() {
        CardEntity entity = new CardEntity();
        Forms.copy(complete(), entity);
        Forms.copy(valid(), entity);
        assertNull(entity.email);
        assertNull(entity.creditLimit);
        assertEquals(valid(), Forms.read(Card.class, entity));
    }

    @Test
    public void contactCopiesToItsEntity() {
        Contact c = new Contact("Li Wei", "buyer", "024-2345 6789", "li.wei@example.cn");
        ContactRow entity = new ContactRow();
        Forms.copy(c, entity);
        assertEquals(c, Forms.read(Contact.class, entity));
    }

    /** A shelf's stock, as a module with a quantity field holds it. */
    public record Stock(@Spec(kind = Spec.Kind.QUANTITY) BigDecimal onHand, @Spec(kind = Spec.Kind.AMOUNT) BigDecimal value) {
    }

    /** Its entity: the columns hold four decimals. */
    static class StockRow {
        BigDecimal onHand = new BigDecimal("1200.0000");
        BigDecimal value = new BigDecimal("85600.00");
    }

    @Test
    public void aQuantityReadFromItsColumnReadsAsTypedAndAnAmountKeepsItsCents() {
        Stock s = Forms.read(Stock.class, new StockRow());
        assertEquals("1200", s.onHand().toPlainString());
        assertEquals("85600.00", s.value().toPlainString());
        assertEquals("1200", Forms.strings(s).get("onHand"));
    }

    /** A price list's line, as a module with money in it holds it: amounts are Money. */
    public record Price(@Spec(max = 20) String item, @Spec(kind = Spec.Kind.AMOUNT, positive = true) Money price,
            @Spec(kind = Spec.Kind.AMOUNT) Money deposit) {
    }

    /** Its entity: the amounts as decimal columns beside the record's one currency. */
    static class PriceRow {
        String item;
        BigDecimal price;
        BigDecimal deposit;
        String currency;
    }

    private static Price bindPrice(List<FieldError> errors, String... nameValue) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return Forms.bind(Price.class, Forms.inCurrency(m::get, "CNY"), errors);
    }

    @Test
    public void anAmountIsTypedAsTheFormShowsItInTheRecordsCurrencyOrNamingItsOwn() {
        List<FieldError> errors = new ArrayList<>();
        Price p = bindPrice(errors, "item", "rebar", "price", "4,123.5", "deposit", "USD 200");
        assertEquals(List.of(), errors);
        assertEquals(Money.of("4123.50", "CNY"), p.price());
        assertEquals(Money.of("200", "USD"), p.deposit());
        assertEquals(Money.of("7", "EUR"), bindPrice(errors, "price", "7", "priceCurrency", "EUR").price());
        assertEquals(Money.of("9.10", "CNY"), Forms.parse(Money.class, "price", "9.1 cny"));
    }

    @Test
    public void anAmountThatIsNotOneIsRefusedNamingItsFieldAndNeverRounded() {
        List<FieldError> errors = new ArrayList<>();
        bindPrice(errors, "price", "12.345", "deposit", "ten");
        assertEquals(List.of("price format", "deposit format"),
                errors.stream().map(e -> e.field() + " " + e.rule()).collect(Collectors.toList()));
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("2 decimals"));
        errors.clear();
        bindPrice(errors, "price", "12 XYZ", "deposit", "CNY 1 USD");
        assertEquals(List.of("price currency", "deposit format"),
                errors.stream().map(e -> e.field() + " " + e.rule()).collect(Collectors.toList()));
        ValidationException none = assertThrows(ValidationException.class, () -> Forms.parse(Money.class, "price", "12"));
        assertEquals("currency", none.errors().get(0).rule());
        assertEquals(List.of("price min", "deposit min"), check(new Price("x", Money.of("0", "CNY"),
                Money.of("-1", "CNY"))).stream().map(e -> e.field() + " " + e.rule()).collect(Collectors.toList()));
    }

    @Test
    public void anAmountIsKeptAsItsColumnInTheRecordsCurrencyAndReadBackAsMoney() {
        PriceRow row = new PriceRow();
        row.currency = "CNY";
        Price p = new Price("rebar", Money.of("4123.50", "CNY"), null);
        Forms.copy(p, row);
        assertEquals(new BigDecimal("4123.50"), row.price);
        assertEquals(p, Forms.read(Price.class, row));
        ValidationException other = assertThrows(ValidationException.class,
                () -> Forms.copy(new Price("wire", Money.of("1", "CNY"), Money.of("5", "USD")), row));
        assertEquals("deposit", other.errors().get(0).field());
        assertEquals("currency", other.errors().get(0).rule());
        assertEquals("rebar", row.item); // nothing copied
        assertEquals(List.of(), Forms.inCurrency(p, "CNY"));
        row.currency = null;
        assertThrows(IllegalStateException.class, () -> Forms.copy(p, row));
    }

    @Test
    public void aFormShowsTheAmountAndTheHistoryTheAmountWithItsCurrency() {
        Price before = new Price("rebar", Money.of("4123.50", "CNY"), null);
        Price after = new Price("rebar", Money.of("4200", "CNY"), Money.of("1000", "CNY"));
        assertEquals("4123.50", Forms.strings(before).get("price"));
        assertEquals("4123.50 CNY", Forms.filled(before).get("price"));
        Forms.Changes c = Forms.changes(before, after);
        assertEquals(Map.of("price", "4123.50 CNY", "deposit", "-").keySet(), c.before().keySet());
        assertEquals("4123.50 CNY", c.before().get("price"));
        assertEquals("4200.00 CNY", c.after().get("price"));
        assertEquals("1000.00 CNY", c.after().get("deposit"));
        assertTrue(Forms.diff(before, new Price("rebar", Money.of("4123.5", "CNY"), null)).isEmpty());
    }

    @Test
    public void copyToAnEntityLackingAFieldFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Forms.copy(new Contact("Li Wei", null, null, null), new Object()));
        assertTrue(e.getMessage(), e.getMessage().contains("name"));
    }

    // ---------------------------------------------------------------- choice

    @Test
    public void choiceInAnyCase() {
        assertEquals(Lifecycle.NEW, Forms.choice(Lifecycle.class, "lifecycle", "new"));
        assertEquals(Lifecycle.DORMANT, Forms.choice(Lifecycle.class, "lifecycle", " Dormant "));
        assertEquals(Lifecycle.PROSPECTIVE, Forms.choice(Lifecycle.class, "lifecycle", "PROSPECTIVE"));
    }

    @Test
    public void noChoiceIsNull() {
        assertNull(Forms.choice(Lifecycle.class, "lifecycle", null));
        assertNull(Forms.choice(Lifecycle.class, "lifecycle", ""));
        assertNull(Forms.choice(Lifecycle.class, "lifecycle", "   "));
    }

    @Test
    public void anUnknownChoiceIsBadInputOnItsField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Forms.choice(Lifecycle.class, "lifecycle", "nope"));
        assertEquals(1, e.errors().size());
        FieldError error = e.errors().get(0);
        assertEquals("lifecycle", error.field());
        assertEquals("unknown", error.rule());
        assertTrue(error.message(), error.message().contains("nope"));
        assertTrue(error.message(), error.message().contains("PROSPECTIVE, NEW, EXISTING, DORMANT"));
    }

    @Test
    public void choicesListsTheNamesInOrder() {
        assertEquals("PREPAYMENT, MONTHLY_SETTLEMENT, CREDIT", Forms.choices(PaymentTerms.class));
        assertEquals("VISIT, CUSTOMER_FORM, SURVEY_AGENCY, OTHER", Forms.choices(Source.class));
    }

    @Test
    public void aControlCharacterInATextIsRefusedOnItsField() {
        List<FieldError> errors = Forms.check(with(valid(), "fullName", "NUL\u0000公司"));
        assertEquals(1, errors.size());
        assertEquals("fullName", errors.get(0).field());
        assertEquals("format", errors.get(0).rule());
        assertTrue("line breaks and tabs are text", Forms.check(with(complete(), "plans", "一\n二\t三")).isEmpty());
    }
}
