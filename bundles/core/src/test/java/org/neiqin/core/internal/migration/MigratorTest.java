package org.neiqin.core.internal.migration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class MigratorTest {
    private static final MigrationScript V1 = MigrationScript.parse("V1__core_tables.sql",
            "-- first\nCREATE TABLE T1 (\n  ID INT NOT NULL PRIMARY KEY,\n  NAME VARCHAR(20)\n);\n");
    private static final MigrationScript V2 = MigrationScript.parse("V2__seed.sql",
            "INSERT INTO T1 (ID, NAME) VALUES (1, 'one');\nCREATE TABLE T2 (ID INT);\n");
    private static final MigrationScript V3_BROKEN = MigrationScript.parse("V3__broken.sql",
            "CREATE TABLE T3 (ID INT);\nINSERT INTO T1 (ID, NAME) VALUES (3, 'three');\nBROKEN SQL;\n");

    private EmbeddedDataSource dataSource;
    private String databaseName;
    private Migrator migrator;

    @BeforeClass
    public static void keepDerbyLogInTarget() {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    @Before
    public void createDatabase() {
        databaseName = "memory:migr-" + UUID.randomUUID();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(databaseName);
        dataSource.setCreateDatabase("create");
        migrator = new Migrator(dataSource);
    }

    @After
    public void dropDatabase() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(databaseName);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception (08006)
        }
    }

    private boolean tableExists(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    public void appliesScriptsInVersionOrderAndRecordsThem() throws SQLException {
        // given out of order: V2 inserts into V1's table, so it only works when V1 runs first
        Migrator.Result r = migrator.migrate("crm", List.of(V2, V1));
        assertEquals("crm", r.module());
        assertEquals(2, r.version());
        assertEquals(List.of("V1 core tables", "V2 seed"), r.applied());

        Map<Integer, String> history = migrator.history("crm");
        assertEquals(Set.of(1, 2), history.keySet());
        assertEquals(V1.checksum(), history.get(1));
        assertEquals(V2.checksum(), history.get(2));
        assertTrue(tableExists("T1"));
        assertTrue(tableExists("T2"));
        assertEquals(1, count("SELECT COUNT(*) FROM T1"));
    }

    @Test
    public void runningAgainAppliesNothing() throws SQLException {
        migrator.migrate("crm", List.of(V1, V2));
        Migrator.Result again = migrator.migrate("crm", List.of(V1, V2));
        assertEquals(List.of(), again.applied());
        assertEquals(2, again.version());
        assertEquals(1, count("SELECT COUNT(*) FROM T1"));

        Migrator.Result fresh = new Migrator(dataSource).migrate("crm", List.of(V1, V2));
        assertEquals(List.of(), fresh.applied());
    }

    @Test
    public void laterScriptsAreAppliedOnTopOfEarlierRuns() {
        migrator.migrate("crm", List.of(V1));
        Migrator.Result r = migrator.migrate("crm", List.of(V1, V2));
        assertEquals(List.of("V2 seed"), r.applied());
        assertEquals(Set.of(1, 2), migrator.history("crm").keySet());
    }

    @Test
    public void eachDatabaseRunsItsOwnVariantOfAVersionAndTheSharedOnes() throws SQLException {
        MigrationScript derby = MigrationScript.parse("V3__search_index.derby.sql",
                "CREATE INDEX T1_NAME ON T1 (NAME);");
        MigrationScript postgres = MigrationScript.parse("V3__search_index.postgresql.sql",
                "CREATE EXTENSION IF NOT EXISTS pg_trgm;\nCREATE INDEX T1_NAME ON T1 USING gin (NAME gin_trgm_ops);");
        MigrationScript onlyPostgres = MigrationScript.parse("V4__more.postgresql.sql", "THIS IS NOT DERBY SQL;");
        Migrator.Result r = migrator.migrate("crm", List.of(V1, V2, postgres, derby, onlyPostgres));
        assertEquals(List.of("V1 core tables", "V2 seed", "V3 search index"), r.applied());
        assertEquals(Set.of(1, 2, 3), migrator.history("crm").keySet());
        assertEquals(derby.checksum(), migrator.history("crm").get(3));
        assertThrows(IllegalArgumentException.class, () -> MigrationScript.parse("V5__x.oracle.sql", ""));
    }

    @Test
    public void historyOfAnUnknownModuleIsEmpty() {
        assertEquals(Map.of(), migrator.history("nobody"));
    }

    @Test
    public void failingScriptIsRolledBackAndNotRecorded() throws SQLException {
        Migrator.MigrationException e = assertThrows(Migrator.MigrationException.class,
                () -> migrator.migrate("crm", List.of(V1, V2, V3_BROKEN)));
        assertTrue(e.getMessage(), e.getMessage().contains("V3"));
        assertNotNull(e.getCause());

        assertEquals(Set.of(1, 2), migrator.history("crm").keySet());
        assertTrue(tableExists("T1"));
        assertTrue(tableExists("T2"));
        assertFalse("T3 of the failed script must be rolled back", tableExists("T3"));
        assertEquals("the insert of the failed script must be rolled back", 1, count("SELECT COUNT(*) FROM T1"));
    }

    @Test
    public void failureStopsLaterScripts() throws SQLException {
        MigrationScript v4 = MigrationScript.parse("V4__after.sql", "CREATE TABLE T4 (ID INT);\n");
        assertThrows(Migrator.MigrationException.class, () -> migrator.migrate("crm", List.of(V1, V3_BROKEN, v4)));
        assertEquals(Set.of(1), migrator.history("crm").keySet());
        assertFalse(tableExists("T4"));
    }

    @Test
    public void aFixedScriptCanBeAppliedAfterAFailure() throws SQLException {
        assertThrows(Migrator.MigrationException.class, () -> migrator.migrate("crm", List.of(V1, V3_BROKEN)));
        MigrationScript fixed = MigrationScript.parse("V3__broken.sql", "CREATE TABLE T3 (ID INT);\n");
        Migrator.Result r = migrator.migrate("crm", List.of(V1, fixed));
        assertEquals(List.of("V3 broken"), r.applied());
        assertTrue(tableExists("T3"));
        assertEquals(Set.of(1, 3), migrator.history("crm").keySet());
    }

    @Test
    public void editingAnAppliedScriptIsRefused() throws SQLException {
        migrator.migrate("crm", List.of(V1));
        MigrationScript edited = MigrationScript.parse("V1__core_tables.sql",
                "CREATE TABLE T1 (ID BIGINT NOT NULL PRIMARY KEY);\n");
        Migrator.MigrationException e = assertThrows(Migrator.MigrationException.class,
                () -> migrator.migrate("crm", List.of(edited, V2)));
        assertTrue(e.getMessage(), e.getMessage().contains("checksum"));
        assertEquals(Map.of(1, V1.checksum()), migrator.history("crm"));
        assertFalse("nothing after the edited script runs", tableExists("T2"));
    }

    @Test
    public void onlyLineEndingsChangedIsNotAnEdit() {
        migrator.migrate("crm", List.of(V1));
        MigrationScript crlf = MigrationScript.parse("V1__core_tables.sql",
                "-- first\r\nCREATE TABLE T1 (\r\n  ID INT NOT NULL PRIMARY KEY,\r\n  NAME VARCHAR(20)\r\n);\r\n");
        assertEquals(List.of(), migrator.migrate("crm", List.of(crlf)).applied());
    }

    @Test
    public void twoScriptsWithTheSameVersionAreRefused() throws SQLException {
        MigrationScript other = MigrationScript.parse("V1__other.sql", "CREATE TABLE OTHER (ID INT);\n");
        assertThrows(Migrator.MigrationException.class, () -> migrator.migrate("crm", List.of(V1, other)));
        assertEquals(Map.of(), migrator.history("crm"));
        assertFalse(tableExists("T1"));
        assertFalse(tableExists("OTHER"));
    }

    @Test
    public void modulesKeepSeparateHistories() throws SQLException {
        MigrationScript salesV1 = MigrationScript.parse("V1__sales.sql", "CREATE TABLE S1 (ID INT);\n");
        migrator.migrate("crm", List.of(V1, V2));
        Migrator.Result sales = migrator.migrate("sales", List.of(salesV1));

        assertEquals("sales V1 is not mistaken for crm V1", List.of("V1 sales"), sales.applied());
        assertEquals(Set.of(1, 2), migrator.history("crm").keySet());
        assertEquals(Map.of(1, salesV1.checksum()), migrator.history("sales"));
        assertTrue(tableExists("S1"));
        assertEquals(List.of(), migrator.migrate("sales", List.of(salesV1)).applied());
        assertEquals(List.of(), migrator.migrate("crm", List.of(V1, V2)).applied());
    }

    @Test
    public void emptyScriptListIsANoOp() {
        Migrator.Result r = migrator.migrate("crm", List.of());
        assertEquals(List.of(), r.applied());
        assertEquals(0, r.version());
    }
}
