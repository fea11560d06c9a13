package org.neiqin.core.internal.db;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import javax.transaction.Status;
import javax.transaction.TransactionManager;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;

/** The connection kept for id blocks outlives a database that went away: the next block is taken on a new one. */
public class IdBlocksTest {
    @Test
    public void aKeptConnectionTheDatabaseDroppedIsReplacedAndTheNextBlockTaken() throws SQLException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:idblocks");
        derby.setCreateDatabase("create");
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T_ID (NAME VARCHAR(64) PRIMARY KEY, NEXT_ID BIGINT NOT NULL)");
            s.execute("INSERT INTO T_ID VALUES ('t', 1)");
        }
        List<Connection> handedOut = new ArrayList<>();
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, args) -> {
                    Object r = m.invoke(derby, args);
                    if (r instanceof Connection c) {
                        handedOut.add(c);
                    }
                    return r;
                });
        TransactionManager none = (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionManager.class}, (p, m, args) -> m.getName().equals("getStatus")
                        ? Status.STATUS_NO_TRANSACTION : null);
        IdBlocks ids = new IdBlocks(pool, new Transactions(none, null));
        assertEquals(1, ids.next("T_ID", "t"));
        for (int i = 2; i <= IdBlocks.BLOCK; i++) {
            ids.next("T_ID", "t");
        }
        // the database drops the kept connection (a restart): closed under the module's feet
        handedOut.get(0).close();
        assertEquals("the next block, on a new connection", IdBlocks.BLOCK + 1, ids.next("T_ID", "t"));
        assertEquals(2, handedOut.size());
        ids.close();
    }
}
