package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.neiqin.api.error.FieldError;

public class LinesTest {
    /** The console's grid as the browser sends it: {@code lines[i].column}, a row left empty in between. */
    private static List<LineData> sent(List<FieldError> errors, String... cells) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            m.put(cells[i], cells[i + 1]);
        }
        // as the console reads a parameter: blank is none; prices in the document's currency
        return org.neiqin.kit.form.Forms.bindRows(LineData.class, "lines", org.neiqin.kit.form.Forms.inCurrency(
                n -> m.get(n) == null || m.get(n).isBlank() ? null : m.get(n), "CNY"), m.keySet(), errors);
    }

    @Test
    public void gridRowsWithAndWithoutKeysAreRead() {
        List<FieldError> errors = new ArrayList<>();
        List<LineData> lines = sent(errors,
                "lines[0].key", "41", "lines[0].product", "热轧卷板", "lines[0].spec", "Q235B", "lines[0].quantity", "12.5",
                "lines[0].unit", "t", "lines[0].unitPrice", "4,280", "lines[0].weight", "12500",
                "lines[1].key", "", "lines[1].product", " ", "lines[1].quantity", "",
                "lines[2].key", "", "lines[2].product", "冷轧板", "lines[2].spec", "", "lines[2].quantity", "3",
                "lines[2].unit", "t", "lines[2].unitPrice", "5150.50", "lines[2].weight", "");
        assertEquals(List.of(), errors);
        assertEquals("the empty row is left out", 2, lines.size());
        assertEquals(Long.valueOf(41), lines.get(0).key());
        assertEquals(new BigDecimal("12.5"), lines.get(0).quantity());
        assertEquals(org.neiqin.api.money.Money.of("4280", "CNY"), lines.get(0).unitPrice());
        assertNull(lines.get(1).key());
        assertNull(lines.get(1).spec());
        assertNull(lines.get(1).weight());
    }

    @Test
    public void aBadCellIsNamedByItsRowAndColumn() {
        List<FieldError> errors = new ArrayList<>();
        sent(errors, "lines[0].product", "热轧卷板",
                "lines[0].quantity", "12.5", "lines[1].product", "冷轧板", "lines[1].quantity", "three",
                "lines[1].unitPrice", "5150");
        assertEquals(1, errors.size());
        assertEquals("lines[1].quantity", errors.get(0).field());
        assertTrue(errors.toString(), errors.get(0).message().contains("'three' is not a number"));
    }

    @Test
    public void aHeaderSurvivesItsRevisionText() {
        DocumentData d = DocumentRulesTest.header("LN", "SY", java.time.LocalDate.of(2026, 1, 2), null);
        assertEquals(d, DocumentStore.parseHeader(DocumentStore.text(d)));
    }
}
