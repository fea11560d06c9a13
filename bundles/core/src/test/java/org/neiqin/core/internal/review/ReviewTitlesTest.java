package org.neiqin.core.internal.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;

import org.junit.Test;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.error.Text;

public class ReviewTitlesTest {
    @Test
    public void aStoredTitleKeepsItsKeyItsEnglishAndItsArgumentsWithEnumsAndNestedTextsStillTranslatable() {
        Text inner = Text.of("contracts.review.title", "{0} {1} — {2} — {3} {4}", DocumentKind.ORDER, "#9",
                "大连港湾贸易有限公司", new BigDecimal("340800.00"), "CNY");
        Text title = Text.of("contracts.review.credit", "Credit: {0} — {1}", inner, "over the limit");
        Text back = ReviewTitles.decode(title.toString(), title.key(), ReviewTitles.encode(title));
        assertEquals("the English is what it said when submitted, the amount as the console shows money",
                "Credit: ORDER #9 — 大连港湾贸易有限公司 — 340,800.00 CNY — over the limit", back.toString());
        assertEquals("contracts.review.credit", back.key());
        Object nested = back.args()[0];
        assertEquals("contracts.review.title", ((Text) nested).key());
        assertEquals("ORDER #9 — 大连港湾贸易有限公司 — 340,800.00 CNY", nested.toString());
        assertEquals("a nested text keeps its own arguments, to be translated in its own pattern", 5,
                ((Text) nested).args().length);
        assertEquals("its kind is translatable too", "enum.DocumentKind.ORDER", ((Text) ((Text) nested).args()[0]).key());
    }

    @Test
    public void anEnumArgumentComesBackAsItsMessageKeyWithItsNameAsEnglish() {
        Text t = Text.of("contracts.review.title", "{0} {1}", DocumentKind.SALES_CONTRACT, "HT2026-0001");
        Text back = ReviewTitles.decode(t.toString(), t.key(), ReviewTitles.encode(t));
        assertEquals("enum.DocumentKind.SALES_CONTRACT", ((Text) back.args()[0]).key());
        assertEquals("SALES_CONTRACT HT2026-0001", back.toString());
    }

    @Test
    public void aPlainTitleIsStoredAndShownAsItIs() {
        assertNull(ReviewTitles.encode(Text.plain("Order 5")));
        assertEquals("Order 5", ReviewTitles.decode("Order 5", null, null).toString());
    }
}
