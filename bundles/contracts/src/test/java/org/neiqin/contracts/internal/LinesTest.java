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
    @Test
    public void rowsWithAndWithoutKeysAreRead() {
        List<FieldError> errors = new ArrayList<>();
        List<LineData> lines = Lines.parse("41 | 热轧卷板 | Q235B | 12.5 | t | 4280 | 12500\n\n 冷轧板 | | 3 | t | 5150.50 | \n",
                errors);
        assertEquals(List.of(), errors);
        assertEquals(2, lines.size());
        assertEquals(Long.valueOf(41), lines.get(0).key());
        assertEquals(new BigDecimal("12.5"), lines.get(0).quantity());
        assertNull(lines.get(1).key());
        assertNull(lines.get(1).spec());
        assertNull(lines.get(1).weight());
        assertEquals("format gives back what parse reads", lines, Lines.parse(Lines.format(lines), new ArrayList<>()));
    }

    @Test
    public void badRowsAreReportedByRowNumber() {
        List<FieldError> errors = new ArrayList<>();
        Lines.parse("热轧卷板 | Q235B | 12.5 | t\n冷轧板 | SPCC | three | t | 5150 | ", errors);
        assertEquals(2, errors.size());
        assertTrue(errors.toString(), errors.get(0).message().startsWith("row 1 has 4 cells"));
        assertTrue(errors.toString(), errors.get(1).message().contains("row 2: 'three' is not a number"));
    }

    @Test
    public void aHeaderSurvivesItsRevisionText() {
        DocumentData d = DocumentRulesTest.header("LN", "SY", java.time.LocalDate.of(2026, 1, 2), null);
        assertEquals(d, DocumentStore.parseHeader(DocumentStore.text(d)));
    }
}
