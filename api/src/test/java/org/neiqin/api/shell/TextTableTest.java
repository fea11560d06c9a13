package org.neiqin.api.shell;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TextTableTest {
    @Test
    public void chineseCellsTakeTwoColumnsEachSoTheSeparatorsLineUp() {
        String t = new TextTable("Id", "Name", "Region").row(1, "北方机械", "LN").row(22, "Acme Ltd", "W").toString();
        assertEquals("Id | Name     | Region\n"
                + "---+----------+-------\n"
                + "1  | 北方机械 | LN\n"
                + "22 | Acme Ltd | W\n", t);
    }

    @Test
    public void widthsOfWideNarrowAndCombiningCharacters() {
        assertEquals(8, TextTable.width("某某公司"));
        assertEquals(4, TextTable.width("ＡＢ"));       // full-width Latin
        assertEquals(2, TextTable.width("𠀀"));          // CJK extension B, outside the BMP
        assertEquals(1, TextTable.width("e\u0301"));    // e + combining acute
        assertEquals(5, TextTable.width("Ltd.,"));
    }

    @Test
    public void nullsAndLineBreaksDoNotBreakTheTable() {
        assertEquals("A | B\n--+----\n  | x y\n", new TextTable("A", "B").row(null, "x\ny").toString());
    }
}
