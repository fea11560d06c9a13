package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class MarginsTest {
    private static Margins.Item item(String product, String customer, String sold, String cost) {
        return new Margins.Item(product, customer, "sales", new BigDecimal(sold), cost == null ? null : new BigDecimal(cost));
    }

    @Test
    public void aGroupsMarginIsWhatItsLinesWithACostWereSoldForLessWhatTheyCostLargestFirst() {
        List<Margins.Row> rows = Margins.rows(List.of(item("LWG 螺纹钢", "北方", "40000", "35000"),
                item("LWG 螺纹钢", "港湾", "20000.005", "18000"), item("PL 盘螺", "北方", "9000", "8700"),
                item("PL 盘螺", "港湾", "5000", null)), Margins.Dimension.PRODUCT, "CNY");
        assertEquals(2, rows.size());
        Margins.Row rebar = rows.get(0);
        assertEquals("LWG 螺纹钢", rebar.group());
        assertEquals(2, rebar.lines());
        assertEquals(new BigDecimal("60000.01"), rebar.sold().amount());
        assertEquals(new BigDecimal("53000.00"), rebar.cost().amount());
        assertEquals(new BigDecimal("7000.01"), rebar.margin().amount());
        assertEquals(new BigDecimal("11.67"), rebar.rate());
        Margins.Row coil = rows.get(1);
        assertEquals("a line without a cost is counted apart, not summed", 1, coil.lines());
        assertEquals(1, coil.withoutCost());
        assertEquals(new BigDecimal("300.00"), coil.margin().amount());
    }

    @Test
    public void aGroupWhoseLinesHaveNoCostShowsThemAndNoRate() {
        List<Margins.Row> rows = Margins.rows(List.of(item("X", "港湾", "5000", null)), Margins.Dimension.CUSTOMER, "CNY");
        assertEquals("港湾", rows.get(0).group());
        assertEquals(0, rows.get(0).lines());
        assertEquals(1, rows.get(0).withoutCost());
        assertEquals(new BigDecimal("0.00"), rows.get(0).rate());
        assertEquals(new BigDecimal("0.00"), rows.get(0).sold().amount());
    }
}
