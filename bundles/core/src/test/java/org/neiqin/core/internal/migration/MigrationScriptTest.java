package org.neiqin.core.internal.migration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

public class MigrationScriptTest {

    @Test
    public void parsesVersionAndDescriptionFromTheFileName() {
        MigrationScript s = MigrationScript.parse("V1__core_tables.sql", "CREATE TABLE A (ID INT);");
        assertEquals(1, s.version());
        assertEquals("core tables", s.description());
        assertEquals("V1 core tables", s.toString());

        MigrationScript big = MigrationScript.parse("V12__add_customer_grade.sql", "");
        assertEquals(12, big.version());
        assertEquals("add customer grade", big.description());
    }

    @Test
    public void badFileNamesAreRejected() {
        for (String name : new String[] {"1__x.sql", "V1_x.sql", "V1__x.SQL", "V1__x.txt", "v1__x.sql", "V__x.sql",
                "V1__.sql", "V1__a-b.sql", "V1__x.sql.bak", "VX__x.sql"}) {
            assertThrows(name, IllegalArgumentException.class, () -> MigrationScript.parse(name, "SELECT 1;"));
        }
    }

    @Test
    public void scriptsSortByNumericVersion() {
        List<MigrationScript> list = new ArrayList<>(List.of(MigrationScript.parse("V10__ten.sql", ""),
                MigrationScript.parse("V2__two.sql", ""), MigrationScript.parse("V1__one.sql", "")));
        Collections.sort(list);
        assertEquals(List.of(1, 2, 10), list.stream().map(MigrationScript::version).toList());
    }

    @Test
    public void statementsSplitOnLinesEndingInSemicolon() {
        MigrationScript s = new MigrationScript(1, "x", "CREATE TABLE A (ID INT);\nCREATE TABLE B (ID INT);\n");
        assertEquals(List.of("CREATE TABLE A (ID INT)", "CREATE TABLE B (ID INT)"), s.statements());
    }

    @Test
    public void commentsAndBlankLinesAreIgnored() {
        String sql = "-- the first table\n\n   \nCREATE TABLE A (ID INT);\n  -- indented comment; with semicolon;\n"
                + "\nINSERT INTO A VALUES (1);\n-- trailing comment\n";
        MigrationScript s = new MigrationScript(1, "x", sql);
        assertEquals(List.of("CREATE TABLE A (ID INT)", "INSERT INTO A VALUES (1)"), s.statements());
    }

    @Test
    public void multiLineStatementsAreKeptTogether() {
        String sql = "CREATE TABLE CUSTOMER (\n"
                + "  ID BIGINT NOT NULL,\n"
                + "  -- a comment inside\n"
                + "  NAME VARCHAR(200),\n"
                + "  PRIMARY KEY (ID)\n"
                + ");\n"
                + "CREATE INDEX CUSTOMER_NAME ON CUSTOMER (NAME);";
        List<String> st = new MigrationScript(1, "x", sql).statements();
        assertEquals(2, st.size());
        assertEquals("CREATE TABLE CUSTOMER (\n  ID BIGINT NOT NULL,\n  NAME VARCHAR(200),\n  PRIMARY KEY (ID)\n)",
                st.get(0));
        assertEquals("CREATE INDEX CUSTOMER_NAME ON CUSTOMER (NAME)", st.get(1));
    }

    @Test
    public void semicolonInsideALineDoesNotSplit() {
        List<String> st = new MigrationScript(1, "x", "INSERT INTO T VALUES ('a;b');\n").statements();
        assertEquals(List.of("INSERT INTO T VALUES ('a;b')"), st);
    }

    @Test
    public void lastStatementWithoutSemicolonIsKept() {
        List<String> st = new MigrationScript(1, "x", "CREATE TABLE A (ID INT);\nCREATE TABLE B (ID INT)\n")
                .statements();
        assertEquals(List.of("CREATE TABLE A (ID INT)", "CREATE TABLE B (ID INT)"), st);
    }

    @Test
    public void windowsLineEndingsGiveTheSameStatementsAndChecksum() {
        String unix = "-- c\nCREATE TABLE A (\n  ID INT\n);\nINSERT INTO A VALUES (1);\n";
        String windows = unix.replace("\n", "\r\n");
        MigrationScript u = new MigrationScript(1, "x", unix);
        MigrationScript w = new MigrationScript(1, "x", windows);
        assertEquals(u.checksum(), w.checksum());
        assertEquals(u.statements(), w.statements());
        assertTrue(u.checksum().matches("[0-9a-f]{64}"));
    }

    @Test
    public void checksumIsStableAndNoticesEdits() {
        String sql = "CREATE TABLE A (ID INT);\n";
        assertEquals(new MigrationScript(1, "x", sql).checksum(), new MigrationScript(1, "x", sql).checksum());
        assertNotEquals(new MigrationScript(1, "x", sql).checksum(),
                new MigrationScript(1, "x", "CREATE TABLE A (ID BIGINT);\n").checksum());
    }

    @Test
    public void emptyScriptHasNoStatements() {
        assertEquals(List.of(), new MigrationScript(1, "x", "").statements());
        assertEquals(List.of(), new MigrationScript(1, "x", "-- nothing yet\n\n").statements());
    }
}
