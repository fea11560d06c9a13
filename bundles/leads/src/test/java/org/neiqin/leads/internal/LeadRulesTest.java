package org.neiqin.leads.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class LeadRulesTest {
    private static LeadData inquiry(String phone, String email, LeadSource source, String detail) {
        return new LeadData("沈阳恒通", "刘建国", phone, email, "LN", null, source, detail, null);
    }

    @Test
    public void anInquiryCanBeAnswered() {
        assertEquals(List.of(), LeadRules.check(inquiry("024-2281 5566", null, LeadSource.PHONE, null)));
        assertEquals(List.of(), LeadRules.check(inquiry(null, "liu@hengtong.example", LeadSource.EMAIL, null)));
        assertEquals("phone", LeadRules.check(inquiry(null, null, LeadSource.PHONE, null)).get(0).field());
        assertEquals("phone", LeadRules.check(inquiry("12-34", null, LeadSource.PHONE, null)).get(0).field());
    }

    @Test
    public void anAdNamesItsKeyword() {
        assertEquals("sourceDetail", LeadRules.check(inquiry("024-2281 5566", null, LeadSource.AD, " ")).get(0).field());
        assertEquals(List.of(), LeadRules.check(inquiry("024-2281 5566", null, LeadSource.AD, "百度 阀门")));
    }

    @Test
    public void keysFindTheSameCallerWrittenOtherwise() {
        assertEquals(Keys.phone("024-2281 5566"), Keys.phone("(024) 22815566"));
        assertEquals("13812345678", Keys.phone("+86 138 1234 5678"));
        assertEquals("13812345678", Keys.phone("0086-13812345678"));
        assertNull(Keys.phone("12-34"));
        assertEquals("liu@hengtong.example", Keys.email(" Liu@HengTong.example "));
        assertNull(Keys.email("no address"));
        assertEquals(Keys.company("沈阳 恒通（机电）"), Keys.company("沈阳恒通(机电)"));
        assertTrue(Keys.company(null).isEmpty());
    }
}
