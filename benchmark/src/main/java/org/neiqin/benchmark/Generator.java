package org.neiqin.benchmark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Data for the scale figures, written straight into the stopped distribution's Derby database by
 * batch inserts: the fastest honest path, and not itself a measured figure. The rows look like
 * what the services write (codes, numbers, totals, a revision per document, line keys).
 */
final class Generator {
    static final String[] REGIONS = regions();
    private static final int BATCH = 1000;

    private final String url;

    Generator(Path home) {
        this.url = "jdbc:derby:" + home.resolve("data/neiqin/derby");
    }

    private static String[] regions() {
        String[] r = new String[30];
        for (int i = 0; i < r.length; i++) {
            r[i] = "R" + i;
        }
        return r;
    }

    /** {@code n} customer files, codes {@code G0000000}…, spread over 30 regions, 7 routes, 40 salespeople. */
    void customers(int n) throws SQLException {
        String[] natures = {"GOVERNMENT", "SPECIAL_COMPANY", "GENERAL_COMPANY", "INDIVIDUAL", "PARTNER"};
        String[] grades = {"KEY", "GENERAL", "SCATTERED", "SCATTERED"};
        String[] lifecycles = {"PROSPECTIVE", "NEW", "EXISTING", "EXISTING", "DORMANT"};
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO CRM_CUSTOMER (VERSION, CODE, ARCHIVED, FULL_NAME, "
                    + "SHORT_NAME, PHONE, LIFECYCLE, NATURE, ANNUAL_VOLUME, GRADE, REGION, ROUTE, CREDIT_LIMIT, CURRENCY, "
                    + "PAYMENT_TERMS, CREDIT_DAYS, SALESPERSON, INFO_SOURCE, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
                    + "VALUES (0, ?, FALSE, ?, ?, '024-23456789', ?, ?, ?, ?, ?, ?, ?, 'CNY', 'MONTHLY_SETTLEMENT', 0, ?, "
                    + "'VISIT', ?, 'bench', ?, 'bench')")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, String.format("G%07d", i));
                    ps.setString(2, "Generated Customer " + i + " 有限公司");
                    ps.setString(3, "Gen " + i);
                    ps.setString(4, lifecycles[i % lifecycles.length]);
                    ps.setString(5, natures[i % natures.length]);
                    ps.setBigDecimal(6, BigDecimal.valueOf(1000L * (i % 2000)));
                    ps.setString(7, grades[i % grades.length]);
                    ps.setString(8, REGIONS[i % REGIONS.length]);
                    ps.setString(9, "T" + (i % 7));
                    ps.setBigDecimal(10, i % 3 == 0 ? BigDecimal.valueOf(100_000) : null);
                    ps.setString(11, "sales" + (i % 40));
                    ps.setTimestamp(12, now);
                    ps.setTimestamp(13, now);
                    batch(c, ps, i);
                }
                ps.executeBatch();
                c.commit();
            }
        } finally {
            shutdown(url);
        }
    }

    /**
     * {@code documents} orders and contracts of the generated customers, {@code linesEach} lines
     * each, dated over the three years up to today: 60 % orders, 30 % sales contracts, 10 % purchase
     * contracts; 60 % in force, 20 % closed, 10 % drafts, 10 % in review. Numbered documents get
     * numbers outside every real pattern ({@code GEN-…}), so real numbering is not disturbed.
     */
    void contracts(int documents, int linesEach) throws SQLException {
        String[] kinds = {"ORDER", "ORDER", "ORDER", "ORDER", "ORDER", "ORDER", "SALES_CONTRACT", "SALES_CONTRACT",
            "SALES_CONTRACT", "PURCHASE_CONTRACT"};
        String[] states = {"EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "CLOSED",
            "CLOSED", "DRAFT", "IN_REVIEW"};
        String[] products = {"Hot-rolled coil", "Cold-rolled sheet", "Rebar", "Wire rod", "Angle steel", "Channel"};
        LocalDate today = LocalDate.now();
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            List<Long> customers = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT ID, FULL_NAME FROM CRM_CUSTOMER WHERE CODE LIKE 'G%' ORDER BY ID")) {
                while (rs.next()) {
                    customers.add(rs.getLong(1));
                    names.add(rs.getString(2));
                }
            }
            if (customers.isEmpty()) {
                throw new IllegalStateException("generate customers before their documents");
            }
            long firstId = nextId(c, "CT_DOCUMENT");
            long lineId = nextId(c, "CT_LINE");
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement doc = c.prepareStatement("INSERT INTO CT_DOCUMENT (ID, VERSION, KIND, STATE, DOC_NUMBER, "
                    + "REVISION, CUSTOMER_ID, CUSTOMER_NAME, DOCUMENT_DATE, DELIVERY_DATE, CONTACT, PHONE, SALESPERSON, "
                    + "REGION, CITY, PAYMENT_TERMS, CREDIT_DAYS, CURRENCY, TOTAL, PREPARED_BY, CREATED_AT, UPDATED_AT, "
                    + "UPDATED_BY) VALUES (?, 1, ?, ?, ?, 1, ?, ?, ?, ?, 'Mr Wang', '024-23456789', ?, ?, 'SY', "
                    + "'MONTHLY_SETTLEMENT', 30, 'CNY', ?, 'bench', ?, ?, 'bench')");
                    PreparedStatement rev = c.prepareStatement("INSERT INTO CT_REVISION (DOCUMENT_ID, REVISION, STATE, "
                            + "HEADER, TOTAL, CREATED_AT, CREATED_BY) VALUES (?, 1, ?, ?, ?, ?, 'bench')");
                    PreparedStatement line = c.prepareStatement("INSERT INTO CT_LINE (ID, LINE_KEY, DOCUMENT_ID, REVISION, "
                            + "LINE_NO, PRODUCT, SPEC, QUANTITY, UNIT, UNIT_PRICE, AMOUNT) "
                            + "VALUES (?, ?, ?, 1, ?, ?, 'Q235B', ?, 't', ?, ?)")) {
                for (int i = 0; i < documents; i++) {
                    long id = firstId + i;
                    int who = (int) ((i * 7919L) % customers.size());
                    String kind = kinds[i % kinds.length];
                    String state = states[(i / kinds.length) % states.length];
                    LocalDate date = today.minusDays(i % 1095);
                    BigDecimal total = BigDecimal.ZERO;
                    for (int l = 1; l <= linesEach; l++) {
                        BigDecimal qty = BigDecimal.valueOf(1 + (i + l) % 50);
                        BigDecimal price = BigDecimal.valueOf(3000 + 100 * ((i * l) % 20));
                        BigDecimal amount = qty.multiply(price);
                        total = total.add(amount);
                        // a new line's key is its own id, as the service writes it
                        line.setLong(1, lineId);
                        line.setLong(2, lineId++);
                        line.setLong(3, id);
                        line.setInt(4, l);
                        line.setString(5, products[(i + l) % products.length]);
                        line.setBigDecimal(6, qty);
                        line.setBigDecimal(7, price);
                        line.setBigDecimal(8, amount);
                        line.addBatch();
                    }
                    boolean numbered = state.equals("EFFECTIVE") || state.equals("CLOSED");
                    doc.setLong(1, id);
                    doc.setString(2, kind);
                    doc.setString(3, state);
                    doc.setString(4, numbered ? String.format("GEN-%07d", i) : null);
                    doc.setLong(5, customers.get(who));
                    doc.setString(6, names.get(who));
                    doc.setDate(7, Date.valueOf(date));
                    doc.setDate(8, Date.valueOf(date.plusDays(20)));
                    doc.setString(9, "sales" + (who % 40));
                    doc.setString(10, REGIONS[who % REGIONS.length]);
                    doc.setBigDecimal(11, total);
                    doc.setTimestamp(12, now);
                    doc.setTimestamp(13, now);
                    doc.addBatch();
                    rev.setLong(1, id);
                    rev.setString(2, numbered ? "IN_FORCE" : state.equals("DRAFT") ? "DRAFT" : "PENDING");
                    rev.setString(3, "customerId=" + customers.get(who) + "\ndocumentDate=" + date
                            + "\npaymentTerms=MONTHLY_SETTLEMENT\nregion=" + REGIONS[who % REGIONS.length] + "\ncity=SY\n");
                    rev.setBigDecimal(4, total);
                    rev.setTimestamp(5, now);
                    rev.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        // parents first: the revisions and lines refer to the documents
                        doc.executeBatch();
                        rev.executeBatch();
                        line.executeBatch();
                        c.commit();
                    }
                }
                doc.executeBatch();
                rev.executeBatch();
                line.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                // explicit ids do not move the identities on: the next rows the service writes follow ours
                s.execute("ALTER TABLE CT_DOCUMENT ALTER COLUMN ID RESTART WITH " + (firstId + documents));
                s.execute("ALTER TABLE CT_LINE ALTER COLUMN ID RESTART WITH " + lineId);
            }
            c.commit();
        } finally {
            shutdown(url);
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private static void batch(Connection c, PreparedStatement ps, int i) throws SQLException {
        ps.addBatch();
        if (i % BATCH == BATCH - 1) {
            ps.executeBatch();
            c.commit();
        }
    }

    /** The embedded driver directly: under exec:java, DriverManager does not see Maven's class loader. */
    static Connection connect(String url) throws SQLException {
        Connection c = new org.apache.derby.jdbc.EmbeddedDriver().connect(url, new java.util.Properties());
        if (c == null) {
            throw new SQLException("no connection for " + url);
        }
        return c;
    }

    static void shutdown(String url) {
        try {
            connect(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a database shutdown as SQLState 08006
        }
    }
}
