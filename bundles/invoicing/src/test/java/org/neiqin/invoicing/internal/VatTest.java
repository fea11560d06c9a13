package org.neiqin.invoicing.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class VatTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static List<String> figures(Vat.Figures f) {
        return List.of(f.amount().toPlainString(), f.tax().toPlainString(), f.total().toPlainString());
    }

    @Test
    public void aPriceWithTaxIncludedGivesTheTotalAndTakesTheAmountOutOfIt() {
        // 12 t at 3 942.00 with 13 %: 47 304.00 in all, 41 861.95 without tax
        assertEquals(List.of("41861.95", "5442.05", "47304.00"), figures(Vat.line(d("12"), d("3942.00"), d("13"), true)));
        // a third of a fen: half up on the amount, the tax is what remains
        assertEquals(List.of("0.88", "0.12", "1.00"), figures(Vat.line(d("1"), d("1.00"), d("13"), true)));
        assertEquals(List.of("100.00", "0.00", "100.00"), figures(Vat.line(d("1"), d("100"), d("0"), true)));
    }

    @Test
    public void aPriceWithoutTaxAddsTheTaxRoundedPerLine() {
        assertEquals(List.of("3333.33", "433.33", "3766.66"), figures(Vat.line(d("3"), d("1111.11"), d("13"), false)));
        assertEquals(List.of("5.55", "0.50", "6.05"), figures(Vat.line(d("0.1"), d("55.5"), d("9"), false)));
    }

    @Test
    public void anInvoiceSumsItsRoundedLinesSoTheTotalIsAmountPlusTaxExactly() {
        List<Vat.Figures> lines = List.of(Vat.line(d("1"), d("1.00"), d("13"), true),
                Vat.line(d("1"), d("1.00"), d("13"), true), Vat.line(d("1"), d("1.00"), d("13"), true));
        Vat.Figures sum = Vat.sum(lines);
        // three lines of 0.88 + 0.12: not 3.00 / 1.13 = 2.65 computed on the whole
        assertEquals(List.of("2.64", "0.36", "3.00"), figures(sum));
        assertEquals(sum.total(), sum.amount().add(sum.tax()));
        assertEquals(List.of("0.00", "0.00", "0.00"), figures(Vat.sum(List.of())));
    }

    @Test
    public void amountsAreWrittenInCapitalNumeralsAsAnInvoicePrintsThem() {
        assertEquals("零元整", Vat.capital(d("0")));
        assertEquals("壹元整", Vat.capital(d("1")));
        assertEquals("壹拾元整", Vat.capital(d("10")));
        assertEquals("壹佰元壹角整", Vat.capital(d("100.10")));
        assertEquals("壹仟零伍元零柒分", Vat.capital(d("1005.07")));
        assertEquals("壹仟零壹拾元整", Vat.capital(d("1010")));
        assertEquals("壹拾壹万叁仟元整", Vat.capital(d("113000.00")));
        assertEquals("贰拾万元整", Vat.capital(d("200000")));
        assertEquals("壹仟零壹万元整", Vat.capital(d("10010000")));
        assertEquals("壹亿零伍元整", Vat.capital(d("100000005")));
        assertEquals("壹亿零伍万元整", Vat.capital(d("100050000")));
        assertEquals("壹亿贰仟万零叁拾肆元整", Vat.capital(d("120000034")));
        assertEquals("肆万柒仟叁佰零肆元伍角陆分", Vat.capital(d("47304.56")));
        assertEquals("伍分", Vat.capital(d("0.05")));
        assertEquals("伍角整", Vat.capital(d("0.50")));
        assertEquals("负壹佰元整", Vat.capital(d("-100")));
    }
}
