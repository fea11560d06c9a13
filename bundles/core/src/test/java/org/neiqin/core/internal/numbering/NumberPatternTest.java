package org.neiqin.core.internal.numbering;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.numbering.ResetPeriod;

public class NumberPatternTest {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 7);

    @Test
    public void formatsYearAndPaddedSequence() {
        NumberPattern p = NumberPattern.parse("INV-{yyyy}-{seq:5}");
        assertEquals("INV-2026-00042", p.format(DATE, Map.of(), 42));
        assertEquals("INV-2026-00001", p.format(DATE, null, 1));
        assertEquals("INV-{yyyy}-{seq:5}", p.toString());
    }

    @Test
    public void formatsAttributes() {
        NumberPattern p = NumberPattern.parse("{region}-{city}-NO.{seq:4}");
        assertEquals(List.of("city", "region"), List.copyOf(p.attributes()));
        assertEquals("EAST-SH-NO.0007", p.format(DATE, Map.of("region", "EAST", "city", "SH"), 7));
    }

    @Test
    public void attributesMayBeChineseLettersAndDigits() {
        NumberPattern p = NumberPattern.parse("{city}{seq:3}");
        assertEquals("上海01-002", NumberPattern.parse("{city}-{seq:3}").format(DATE, Map.of("city", "上海01"), 2));
        assertEquals("a.b_c-9001", p.format(DATE, Map.of("city", "a.b_c-9"), 1));
    }

    @Test
    public void formatsShortYearMonthAndDay() {
        NumberPattern p = NumberPattern.parse("PO{yy}{MM}{dd}{seq:3}");
        assertEquals("PO260307012", p.format(DATE, Map.of(), 12));
        assertEquals("PO051231001", p.format(LocalDate.of(2005, 12, 31), Map.of(), 1));
    }

    @Test
    public void counterWiderThanPaddingKeepsGrowing() {
        NumberPattern p = NumberPattern.parse("X{seq:4}");
        assertEquals("X9999", p.format(DATE, Map.of(), 9999));
        assertEquals("X10000", p.format(DATE, Map.of(), 10000));
        assertEquals("X1234567", p.format(DATE, Map.of(), 1234567));
    }

    @Test
    public void yearlyCounterKeyChangesWithTheYearOnly() {
        NumberPattern p = NumberPattern.parse("INV-{yyyy}-{seq:5}");
        String a = p.counterKey("sales.invoice", ResetPeriod.YEARLY, LocalDate.of(2026, 1, 1), Map.of());
        String b = p.counterKey("sales.invoice", ResetPeriod.YEARLY, LocalDate.of(2026, 12, 31), Map.of());
        String c = p.counterKey("sales.invoice", ResetPeriod.YEARLY, LocalDate.of(2027, 1, 1), Map.of());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    public void monthlyCounterKeyChangesWithTheMonth() {
        NumberPattern p = NumberPattern.parse("INV-{yyyy}{MM}-{seq:5}");
        String jan1 = p.counterKey("t", ResetPeriod.MONTHLY, LocalDate.of(2026, 1, 1), Map.of());
        String jan31 = p.counterKey("t", ResetPeriod.MONTHLY, LocalDate.of(2026, 1, 31), Map.of());
        String feb = p.counterKey("t", ResetPeriod.MONTHLY, LocalDate.of(2026, 2, 1), Map.of());
        String janNextYear = p.counterKey("t", ResetPeriod.MONTHLY, LocalDate.of(2027, 1, 1), Map.of());
        assertEquals(jan1, jan31);
        assertNotEquals(jan1, feb);
        assertNotEquals(jan1, janNextYear);
    }

    @Test
    public void neverResetCounterKeyIsConstantOverTime() {
        NumberPattern p = NumberPattern.parse("C-{seq:6}");
        String a = p.counterKey("t", ResetPeriod.NEVER, LocalDate.of(2020, 1, 1), Map.of());
        String b = p.counterKey("t", ResetPeriod.NEVER, LocalDate.of(2031, 7, 15), Map.of());
        assertEquals(a, b);
    }

    @Test
    public void counterKeyDiffersPerDocumentTypeAndAttributeValues() {
        NumberPattern p = NumberPattern.parse("{region}-{city}-NO.{seq:4}");
        String eastSh = p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("region", "EAST", "city", "SH"));
        String eastSh2 = p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("region", "EAST", "city", "SH"));
        String eastHz = p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("region", "EAST", "city", "HZ"));
        String westSh = p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("region", "WEST", "city", "SH"));
        String otherType = p.counterKey("u", ResetPeriod.NEVER, DATE, Map.of("region", "EAST", "city", "SH"));
        assertEquals(eastSh, eastSh2);
        assertNotEquals(eastSh, eastHz);
        assertNotEquals(eastSh, westSh);
        assertNotEquals(eastHz, westSh);
        assertNotEquals(eastSh, otherType);
    }

    @Test
    public void counterKeyIgnoresAttributesThePatternDoesNotUse() {
        NumberPattern p = NumberPattern.parse("{region}-{seq:4}");
        assertEquals(p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("region", "EAST")),
                p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("region", "EAST", "city", "SH")));
    }

    @Test
    public void patternWithoutSeqIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("INV-{yyyy}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("INV"));
    }

    @Test
    public void patternWithTwoSeqsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("{seq:3}-{seq:4}"));
    }

    @Test
    public void unknownPlaceholderIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("{foo:1}-{seq:4}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("{seq}-{seq:4}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("{}-{seq:4}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("{1abc}-{seq:4}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("A{seq:x}"));
    }

    @Test
    public void seqWidthOutOfRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("A{seq:0}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("A{seq:13}"));
        assertEquals("A000000000001", NumberPattern.parse("A{seq:12}").format(DATE, Map.of(), 1));
    }

    @Test
    public void unbalancedBraceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("INV-{seq:5"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("INV-seq:5}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("INV-{yyyy-{seq:5}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("INV-{seq:5}}"));
    }

    @Test
    public void blankPatternIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse(null));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse(""));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("   "));
    }

    @Test
    public void missingAttributeIsAValidationErrorNamingTheField() {
        NumberPattern p = NumberPattern.parse("{region}-{city}-NO.{seq:4}");
        ValidationException e = assertThrows(ValidationException.class,
                () -> p.format(DATE, Map.of("region", "EAST"), 1));
        assertEquals("city", e.errors().get(0).field());
        assertEquals("required", e.errors().get(0).rule());

        ValidationException k = assertThrows(ValidationException.class,
                () -> p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("city", "SH")));
        assertEquals("region", k.errors().get(0).field());

        ValidationException blank = assertThrows(ValidationException.class,
                () -> p.format(DATE, Map.of("region", " ", "city", "SH"), 1));
        assertEquals("region", blank.errors().get(0).field());

        ValidationException none = assertThrows(ValidationException.class, () -> p.format(DATE, null, 1));
        assertTrue(none.errors().get(0).field().equals("region") || none.errors().get(0).field().equals("city"));
    }

    @Test
    public void attributeWithIllegalCharactersIsRejected() {
        NumberPattern p = NumberPattern.parse("{region}-{seq:4}");
        for (String bad : new String[] {"a/b", "<x>", "a b", "x\"y", "a{seq:1}", "123456789012345678901"}) {
            ValidationException e = assertThrows(bad, ValidationException.class,
                    () -> p.format(DATE, Map.of("region", bad), 1));
            assertEquals("region", e.errors().get(0).field());
            assertEquals("format", e.errors().get(0).rule());
            assertThrows(bad, ValidationException.class,
                    () -> p.counterKey("t", ResetPeriod.NEVER, DATE, Map.of("region", bad)));
        }
    }
}
