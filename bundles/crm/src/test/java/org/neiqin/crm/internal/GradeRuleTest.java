package org.neiqin.crm.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;

import org.junit.Test;
import org.neiqin.api.crm.Grade;

public class GradeRuleTest {
    private final GradeRule rule = new GradeRule(new BigDecimal("1000000"), new BigDecimal("100000"));

    private Grade grade(String volume) {
        return rule.grade(new BigDecimal(volume));
    }

    @Test
    public void noVolumeIsScattered() {
        assertEquals(Grade.SCATTERED, rule.grade(null));
    }

    @Test
    public void belowTheGeneralThresholdIsScattered() {
        assertEquals(Grade.SCATTERED, grade("0"));
        assertEquals(Grade.SCATTERED, grade("99999.99"));
    }

    @Test
    public void fromTheGeneralThresholdIsGeneral() {
        assertEquals(Grade.GENERAL, grade("100000"));
        assertEquals(Grade.GENERAL, grade("100000.00"));
        assertEquals(Grade.GENERAL, grade("999999.99"));
    }

    @Test
    public void fromTheKeyThresholdIsKey() {
        assertEquals(Grade.KEY, grade("1000000"));
        assertEquals(Grade.KEY, grade("1E+6"));
        assertEquals(Grade.KEY, grade("250000000"));
    }

    @Test
    public void equalThresholdsLeaveNoGeneralGrade() {
        GradeRule flat = new GradeRule(new BigDecimal("500"), new BigDecimal("500.00"));
        assertEquals(Grade.SCATTERED, flat.grade(new BigDecimal("499.99")));
        assertEquals(Grade.KEY, flat.grade(new BigDecimal("500")));
    }

    @Test
    public void aKeyThresholdBelowTheGeneralOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GradeRule(new BigDecimal("100000"), new BigDecimal("1000000")));
        assertTrue(e.getMessage(), e.getMessage().contains("key"));
    }
}
