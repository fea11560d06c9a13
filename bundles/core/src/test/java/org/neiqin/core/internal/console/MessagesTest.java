package org.neiqin.core.internal.console;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.Test;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;

public class MessagesTest {
    @Test
    public void patternsTakeNumberedArgumentsWithoutQuotingRulesIdsUngroupedAmountsGrouped() {
        assertEquals("document 987654 not found", Text.format("document {0} not found", 987654L));
        assertEquals("'x' is not a number", Text.format("'{0}' is not a number", "x"));
        assertEquals("12,500.50 of {1}", Text.format("{0} of {1}", new java.math.BigDecimal("12500.50")));
        assertEquals("over by 1,234,000.00 CNY", Text.format("over by {0}", org.neiqin.api.money.Money.of("1234000", "CNY")));
        assertEquals("document 5 not found", new NotFoundException("document", 5).getMessage());
        assertEquals("notFound.stock-up-request", new NotFoundException("stock-up request", 5).text().key());
    }

    @Test
    public void aTextWithoutATranslationIsShownInEnglishAndEnglishNeedsNoLookUp() {
        Text t = Text.of("nowhere.key", "{0} is {1}", "LN-SY-NO.0042", DocumentState.EFFECTIVE);
        assertEquals("LN-SY-NO.0042 is EFFECTIVE", Messages.show(t, Locale.SIMPLIFIED_CHINESE, List.of()));
        assertEquals("LN-SY-NO.0042 is EFFECTIVE", Messages.show(t, Locale.ENGLISH, List.of()));
        assertEquals("plain", Messages.show(Text.plain("plain"), Locale.SIMPLIFIED_CHINESE, List.of()));
    }
}
