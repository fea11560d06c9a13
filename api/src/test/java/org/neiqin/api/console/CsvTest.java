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

    @Test
    public void formulasAreDefused() {
        assertEquals("'=1+2", Csv.cell("=1+2"));
        assertEquals("'+SUM(A1:A9)", Csv.cell("+SUM(A1:A9)"));
        assertEquals("'@cmd", Csv.cell("@cmd"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", Csv.cell("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"http://evil\",\"x\")"));
    }

    @Test
    public void negativeNumbersAreKept() {
        assertEquals("-12.50", Csv.cell("-12.50"));
        assertEquals("-3", Csv.cell("-3"));
        assertEquals("\"-1,234.50\"", Csv.cell("-1,234.50"));
        assertEquals("12.50", Csv.cell("12.50"));
    }
}
