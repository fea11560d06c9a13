package org.neiqin.api.console;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CsvTest {
    @Test
    public void cellsAreQuotedWhereTheyMustBeAndFormulasAreDefused() {
        assertEquals("", Csv.cell(null));
        assertEquals("沈阳北方贸易", Csv.cell("沈阳北方贸易"));
        assertEquals("\"12 Zhongshan Road, Shenyang\"", Csv.cell("12 Zhongshan Road, Shenyang"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\" padded \"", Csv.cell(" padded "));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+86 24 2345 6789", Csv.cell("+86 24 2345 6789"));
        assertEquals("numbers stay numbers", "-1234.50", Csv.cell("-1234.50"));
    }
}
