package org.neiqin.jpa;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.dialect.pagination.LimitHandler;
import org.hibernate.engine.jdbc.dialect.spi.DatabaseMetaDataDialectResolutionInfoAdapter;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.RowSelection;
import org.junit.Test;

/** The page comes from Derby itself: the SQL asks for the offset and the row count. */
public class DerbyDialectTest {

    @Test
    public void pagesInTheDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:dialect;create=true")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE T (ID INT PRIMARY KEY)");
                for (int i = 1; i <= 10; i++) {
                    s.execute("INSERT INTO T VALUES (" + i + ")");
                }
            }
            DialectResolutionInfo info = new DatabaseMetaDataDialectResolutionInfoAdapter(c.getMetaData());
            LimitHandler paging = new DialectResolver().resolveDialect(info).getLimitHandler();
            assertEquals(List.of(4, 5, 6), page(c, paging, 3, 3));
            assertEquals(List.of(1, 2), page(c, paging, 0, 2));
            assertEquals(List.of(10), page(c, paging, 9, 50));
        }
    }

    @Test
    public void leavesOtherDatabasesToHibernate() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:dialect2;create=true")) {
            DatabaseMetaData derby = c.getMetaData();
            assertTrue(new DialectResolver().resolveDialect(new DatabaseMetaDataDialectResolutionInfoAdapter(derby))
                    instanceof DerbyDialect);
        }
        DialectResolutionInfo postgres = new DialectResolutionInfo() {
            @Override public String getDatabaseName() { return "PostgreSQL"; }
            @Override public int getDatabaseMajorVersion() { return 16; }
            @Override public int getDatabaseMinorVersion() { return 0; }
            @Override public String getDriverName() { return "PostgreSQL JDBC Driver"; }
            @Override public int getDriverMajorVersion() { return 42; }
            @Override public int getDriverMinorVersion() { return 7; }
        };
        assertNull(new DialectResolver().resolveDialect(postgres));
    }

    private static List<Integer> page(Connection c, LimitHandler paging, int first, int max) throws SQLException {
        RowSelection selection = new RowSelection();
        selection.setFirstRow(first);
        selection.setMaxRows(max);
        String sql = paging.processSql("select ID from T order by ID", selection);
        assertTrue(sql, sql.toLowerCase().contains("fetch"));
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int index = 1;
            index += paging.bindLimitParametersAtStartOfQuery(selection, ps, index);
            paging.bindLimitParametersAtEndOfQuery(selection, ps, index);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        return ids;
    }
}
