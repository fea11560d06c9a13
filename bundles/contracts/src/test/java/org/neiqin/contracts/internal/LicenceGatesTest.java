package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.crm.LicenceOnFile;
import org.neiqin.api.error.Text;

public class LicenceGatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final LicenceGates gates = LicenceGates.parse(new String[] {"药品经营许可证 = .*(药|胶囊).*", "危化品经营许可证=硫酸.*"});

    private static LicenceOnFile licence(String name, LocalDate expires) {
        return new LicenceOnFile(name, "X-1", expires, true);
    }

    @Test
    public void aProductThatNeedsALicenceIsSoldOnlyToAHolderOfAValidOne() {
        List<String> products = List.of("热轧卷板", "阿莫西林胶囊");
        assertEquals(List.of(), gates.problems(DocumentKind.ORDER, products,
                List.of(licence("药品经营许可证", TODAY)), TODAY));
        assertEquals("a licence without an expiry date stays valid", List.of(), gates.problems(DocumentKind.ORDER,
                products, List.of(licence("药品经营许可证", null)), TODAY));
        List<Text> none = gates.problems(DocumentKind.SALES_CONTRACT, products, List.of(licence("营业执照", null)), TODAY);
        assertEquals(1, none.size());
        assertEquals("阿莫西林胶囊 may only be sold to a holder of a valid 药品经营许可证; the customer file holds none",
                none.get(0).toString());
        List<Text> expired = gates.problems(DocumentKind.DISTRIBUTION_AGREEMENT, products,
                List.of(licence("药品经营许可证", TODAY.minusDays(1))), TODAY);
        assertTrue(expired.get(0).toString(), expired.get(0).toString().endsWith("the customer's expired on 2026-12-02"));
    }

    @Test
    public void eachLicenceAProductNeedsIsNamedAndQuotationsAndPurchasesAreNotGated() {
        List<String> products = List.of("硫酸 98%", "感冒药", "感冒药");
        assertEquals("one sentence per product and licence", 2,
                gates.problems(DocumentKind.ORDER, products, List.of(), TODAY).size());
        assertEquals(List.of(), gates.problems(DocumentKind.QUOTATION, products, List.of(), TODAY));
        assertEquals(List.of(), gates.problems(DocumentKind.PURCHASE_CONTRACT, products, List.of(), TODAY));
    }

    @Test
    public void aGateThatCannotBeReadIsRefusedNotDropped() {
        for (String bad : new String[] {"no equals sign", "=.*药.*", "药品经营许可证=", "药品经营许可证=(unclosed"}) {
            try {
                LicenceGates.parse(new String[] {bad});
                throw new AssertionError("accepted: " + bad);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("licenceGates"));
            }
        }
        assertTrue(LicenceGates.parse(new String[] {" "}).isEmpty());
        assertTrue(LicenceGates.parse(null).isEmpty());
    }

    @Test
    public void aChineseGateInAUtf8CfgFileThatKarafReadAsLatin1StillGates() {
        String asKarafReadsIt = new String("药品经营许可证 = .*胶囊.*".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        LicenceGates read = LicenceGates.parse(new String[] {asKarafReadsIt});
        assertEquals(1, read.problems(DocumentKind.ORDER, List.of("阿莫西林胶囊"), List.of(), TODAY).size());
    }
}
