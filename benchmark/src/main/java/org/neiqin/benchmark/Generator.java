package org.neiqin.benchmark;

import java.math.BigDecimal;
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
 * Data for the scale figures, written straight into the stopped distribution's database by
 * batch inserts: the fastest honest path, and not itself a measured figure. The rows look like
 * what the services write (codes, numbers, totals, a revision per document, line keys).
 */
final class Generator {
    static final String[] REGIONS = regions();
    private static final int BATCH = 1000;

    private final BenchDb db;

    Generator(BenchDb db) {
        this.db = db;
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
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long firstId = ids(c, "CRM_ID", "crm", n);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO CRM_CUSTOMER (ID, VERSION, CODE, ARCHIVED, FULL_NAME, "
                    + "SHORT_NAME, PHONE, LIFECYCLE, NATURE, ANNUAL_VOLUME, GRADE, REGION, ROUTE, CREDIT_LIMIT, CURRENCY, "
                    + "PAYMENT_TERMS, CREDIT_DAYS, SALESPERSON, INFO_SOURCE, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
                    + "VALUES (?, 0, ?, FALSE, ?, ?, '024-23456789', ?, ?, ?, ?, ?, ?, ?, 'CNY', 'MONTHLY_SETTLEMENT', 0, ?, "
                    + "'VISIT', ?, 'bench', ?, 'bench')")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, firstId + i);
                    ps.setString(2, String.format("G%07d", i));
                    ps.setString(3, "Generated Customer " + i + " 有限公司");
                    ps.setString(4, "Gen " + i);
                    ps.setString(5, lifecycles[i % lifecycles.length]);
                    ps.setString(6, natures[i % natures.length]);
                    ps.setBigDecimal(7, BigDecimal.valueOf(1000L * (i % 2000)));
                    ps.setString(8, grades[i % grades.length]);
                    ps.setString(9, REGIONS[i % REGIONS.length]);
                    ps.setString(10, "T" + (i % 7));
                    ps.setBigDecimal(11, i % 3 == 0 ? BigDecimal.valueOf(100_000) : null);
                    ps.setString(12, "sales" + (i % 40));
                    ps.setTimestamp(13, now);
                    ps.setTimestamp(14, now);
                    batch(c, ps, i);
                }
                ps.executeBatch();
                c.commit();
            }
        } finally {
            db.release();
        }
    }

    /**
     * {@code documents} orders and contracts of the generated customers, {@code linesEach} lines
     * each, dated over the three years up to today: 60 % orders, 30 % sales contracts, 10 % purchase
     * contracts; 60 % in force, 20 % closed, 10 % drafts, 10 % in review. Numbered documents get
     * numbers outside every real pattern ({@code GEN-…}), so real numbering is not disturbed.
     */
    /**
     * {@code n} products of the catalogue: codes {@code P0000000…}, names and specifications of steel products, 40
     * groups, a tax code and rate each, a cost price on every other one, one in fifty discontinued.
     *
     * @return the first product's id (the others follow it)
     */
    long products(int n) throws SQLException {
        String[] names = {"螺纹钢", "盘螺", "热轧卷板", "冷轧板", "镀锌板", "工字钢", "角钢", "钢带", "不锈钢板", "扁钢"};
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long firstId = ids(c, "CAT_ID", "catalog", n);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO CAT_PRODUCT (ID, VERSION, CODE, NAME, SPEC, UNIT,"
                    + " WEIGHT_PER_UNIT, PRODUCT_GROUP, TAX_CODE, VAT_RATE, COST_PRICE, CURRENCY, STATE, CREATED_AT,"
                    + " CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 0, ?, ?, ?, 't', 1000, ?, ?, 13, ?, 'CNY', ?, ?,"
                    + " 'bench', ?, 'bench')")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, firstId + i);
                    ps.setString(2, String.format("P%07d", i));
                    ps.setString(3, names[i % names.length] + " " + (i % 997));
                    ps.setString(4, "Q" + (195 + i % 250) + " " + (1 + i % 40) + "mm");
                    ps.setString(5, "G" + (i % 40));
                    ps.setString(6, String.format("108020%013d", i));
                    ps.setBigDecimal(7, i % 2 == 0 ? BigDecimal.valueOf(3000 + i % 2000) : null);
                    ps.setString(8, i % 50 == 7 ? "DISCONTINUED" : "ACTIVE");
                    ps.setTimestamp(9, now);
                    ps.setTimestamp(10, now);
                    batch(c, ps, i);
                }
                ps.executeBatch();
                c.commit();
            }
            if (BenchDb.postgres()) {
                // as the notes' tables: statistics and visibility map up to date before anything is measured
                c.setAutoCommit(true);
                try (java.sql.Statement vacuum = c.createStatement()) {
                    vacuum.execute("VACUUM ANALYZE CAT_PRODUCT");
                }
                c.setAutoCommit(false);
            }
            return firstId;
        } finally {
            db.release();
        }
    }

    /**
     * Twenty price lists over the {@code n} products from {@code firstProduct}: the default list (every product), one
     * per customer grade (every other product) and sixteen regions' {@code R00…R15} (one product in ten), each with
     * two approved versions — one in force a year ago, the one in force since a month ago — and a draft.
     */
    void priceLists(long firstProduct, int n) throws SQLException {
        String[][] scopes = new String[20][];
        scopes[0] = new String[] {null, null};
        String[] grades = {"KEY", "GENERAL", "SCATTERED"};
        for (int g = 0; g < 3; g++) {
            scopes[1 + g] = new String[] {grades[g], null};
        }
        for (int r = 0; r < 16; r++) {
            scopes[4 + r] = new String[] {null, String.format("R%02d", r)};
        }
        LocalDate today = LocalDate.now();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long id = ids(c, "CAT_ID", "catalog", 20L * 4 + 2L * (n + 3L * (n / 2) + 16L * (n / 10)) + 10);
            try (PreparedStatement list = c.prepareStatement("INSERT INTO CAT_PRICE_LIST (ID, VERSION, CODE, NAME, GRADE,"
                    + " REGION, CURRENCY, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 0, ?, ?, ?, ?, 'CNY', ?,"
                    + " 'bench', ?, 'bench')");
                    PreparedStatement version = c.prepareStatement("INSERT INTO CAT_PRICE_VERSION (ID, VERSION, LIST_ID,"
                            + " LIST_CODE, VERSION_NO, EFFECTIVE_FROM, STATE, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                            + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench')");
                    PreparedStatement entry = c.prepareStatement("INSERT INTO CAT_PRICE_ENTRY (ID, VERSION_ID, LINE_NO,"
                            + " PRODUCT_ID, PRODUCT_CODE, PRODUCT_NAME, UNIT, PRICE) VALUES (?, ?, ?, ?, ?, 'bench', 't', ?)")) {
                int rows = 0;
                for (int l = 0; l < scopes.length; l++) {
                    long listId = id++;
                    String code = "BENCH-" + l;
                    list.setLong(1, listId);
                    list.setString(2, code);
                    list.setString(3, "bench list " + l);
                    list.setString(4, scopes[l][0]);
                    list.setString(5, scopes[l][1]);
                    list.setTimestamp(6, now);
                    list.setTimestamp(7, now);
                    list.executeUpdate();
                    int step = l == 0 ? 1 : l < 4 ? 2 : 10;
                    LocalDate[] from = {today.minusYears(1), today.minusMonths(1), today.plusDays(1)};
                    String[] state = {"APPROVED", "APPROVED", "DRAFT"};
                    for (int v = 0; v < 3; v++) {
                        long versionId = id++;
                        version.setLong(1, versionId);
                        version.setLong(2, listId);
                        version.setString(3, code);
                        version.setInt(4, v + 1);
                        version.setDate(5, java.sql.Date.valueOf(from[v]));
                        version.setString(6, state[v]);
                        version.setTimestamp(7, now);
                        version.setTimestamp(8, now);
                        version.executeUpdate();
                        if (v == 2) {
                            continue;
                        }
                        int line = 1;
                        for (int i = l % step; i < n; i += step) {
                            entry.setLong(1, id++);
                            entry.setLong(2, versionId);
                            entry.setInt(3, line++);
                            entry.setLong(4, firstProduct + i);
                            entry.setString(5, String.format("P%07d", i));
                            entry.setBigDecimal(6, BigDecimal.valueOf(3000 + i % 2000 + 10L * l + v));
                            batch(c, entry, rows++);
                        }
                    }
                }
                entry.executeBatch();
                c.commit();
            }
            if (BenchDb.postgres()) {
                c.setAutoCommit(true);
                try (java.sql.Statement vacuum = c.createStatement()) {
                    vacuum.execute("VACUUM ANALYZE CAT_PRICE_ENTRY");
                    vacuum.execute("VACUUM ANALYZE CAT_PRICE_VERSION");
                }
                c.setAutoCommit(false);
            }
        } finally {
            db.release();
        }
    }

    void contracts(int documents, int linesEach) throws SQLException {
        String[] kinds = {"ORDER", "ORDER", "ORDER", "ORDER", "ORDER", "ORDER", "SALES_CONTRACT", "SALES_CONTRACT",
            "SALES_CONTRACT", "PURCHASE_CONTRACT"};
        String[] states = {"EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "EFFECTIVE", "CLOSED",
            "CLOSED", "DRAFT", "IN_REVIEW"};
        String[] products = {"Hot-rolled coil", "Cold-rolled sheet", "Rebar", "Wire rod", "Angle steel", "Channel"};
        LocalDate today = LocalDate.now();
        try (Connection c = db.connect()) {
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
            // documents, their first revisions and their lines: ids from one range of the module's id row
            long firstId = ids(c, "CT_ID", "contracts", documents * (2L + linesEach));
            long revisionId = firstId + documents;
            long lineId = revisionId + documents;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement doc = c.prepareStatement("INSERT INTO CT_DOCUMENT (ID, VERSION, KIND, STATE, DOC_NUMBER, "
                    + "REVISION, CUSTOMER_ID, CUSTOMER_NAME, DOCUMENT_DATE, DELIVERY_DATE, CONTACT, PHONE, SALESPERSON, "
                    + "REGION, CITY, PAYMENT_TERMS, CREDIT_DAYS, CURRENCY, TOTAL, PREPARED_BY, CREATED_AT, UPDATED_AT, "
                    + "UPDATED_BY) VALUES (?, 1, ?, ?, ?, 1, ?, ?, ?, ?, 'Mr Wang', '024-23456789', ?, ?, 'SY', "
                    + "'MONTHLY_SETTLEMENT', 30, 'CNY', ?, 'bench', ?, ?, 'bench')");
                    PreparedStatement rev = c.prepareStatement("INSERT INTO CT_REVISION (ID, DOCUMENT_ID, REVISION, STATE, "
                            + "HEADER, TOTAL, CREATED_AT, CREATED_BY) VALUES (?, ?, 1, ?, ?, ?, ?, 'bench')");
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
                    rev.setLong(1, revisionId + i);
                    rev.setLong(2, id);
                    rev.setString(3, numbered ? "IN_FORCE" : state.equals("DRAFT") ? "DRAFT" : "PENDING");
                    rev.setString(4, "customerId=" + customers.get(who) + "\ndocumentDate=" + date
                            + "\npaymentTerms=MONTHLY_SETTLEMENT\nregion=" + REGIONS[who % REGIONS.length] + "\ncity=SY\n");
                    rev.setBigDecimal(5, total);
                    rev.setTimestamp(6, now);
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
        } finally {
            db.release();
        }
    }

    /** The logistics companies the generated notes name. */
    static final String[] CARRIERS = {"Shenyang Shunda Logistics", "Yingkou Express", "Dalian Port Freight",
        "Anshan Steel Transport", "Liaoning Rail Cargo"};

    /**
     * {@code n} delivery notes, one per line of the generated orders in force (a line split into equal
     * parts over several notes when there are fewer lines than notes, so none is over-delivered), shipped on days spread over three years: most delivered, some in transit
     * or with a problem, some still waiting (a part of them late), a tenth left after the promised day.
     */
    void notes(int n) throws SQLException {
        String[] states = {"DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED",
            "IN_TRANSIT", "SHIPPED", "PREPARED", "REVIEWED", "DELIVERED", "DELIVERED", "EXCEPTION", "DELIVERED",
            "DELIVERED", "DELIVERED", "IN_TRANSIT", "DELIVERED", "DELIVERED"};
        LocalDate today = LocalDate.now();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long firstId = ids(c, "LG_ID", "logistics", 2L * n);
            Timestamp now = Timestamp.from(Instant.now());
            // the lines of the generated orders in force; with fewer lines than notes, each line is split
            // into equal parts over several notes, so that no line is delivered beyond what was ordered
            List<Object[]> found = new ArrayList<>();
            try (PreparedStatement lines = c.prepareStatement("SELECT d.ID, d.DOC_NUMBER, d.CUSTOMER_ID, d.CUSTOMER_NAME,"
                    + " d.REGION, l.ID, l.PRODUCT, l.QUANTITY, l.UNIT_PRICE FROM CT_DOCUMENT d JOIN CT_LINE l"
                    + " ON l.DOCUMENT_ID = d.ID WHERE d.STATE = 'EFFECTIVE' AND d.KIND = 'ORDER'"
                    + " AND d.DOC_NUMBER LIKE 'GEN-%' ORDER BY l.ID")) {
                lines.setMaxRows(n);
                try (ResultSet rs = lines.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9)});
                    }
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("generate orders in force before their delivery notes");
            }
            int parts = (n + found.size() - 1) / found.size();
            try (PreparedStatement note = c.prepareStatement("INSERT INTO LG_NOTE (ID, VERSION, CODE, STATE, DOCUMENT_ID,"
                            + " DOCUMENT_NUMBER, CUSTOMER_ID, CUSTOMER_NAME, PAYMENT_TERMS, DELIVERY_METHOD, PROMISED_ON,"
                            + " EXPECTED_ARRIVAL, CURRENCY, AMOUNT, WAREHOUSE_CHECKED_BY, SHIPPED_AT, DELIVERED_AT, PROBLEM,"
                            + " CARRIER_NAME, WAYBILL, FREIGHT, REGION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'MONTHLY_SETTLEMENT', 'CARRIER', ?, ?, 'CNY', ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, 'bench', ?, 'bench')");
                    PreparedStatement line = c.prepareStatement("INSERT INTO LG_NOTE_LINE (ID, NOTE_ID, LINE_NO, KIND,"
                            + " CONTRACT_LINE_ID, PRODUCT, SPEC, UNIT, QUANTITY, BATCH, UNIT_PRICE, AMOUNT)"
                            + " VALUES (?, ?, 1, 'GOODS', ?, ?, 'Q235B', 't', ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    Object[] r = found.get(i % found.size());
                    BigDecimal quantity = ((BigDecimal) r[7]).divide(BigDecimal.valueOf(parts), 3, java.math.RoundingMode.DOWN);
                    BigDecimal amount = quantity.multiply((BigDecimal) r[8]).setScale(2, java.math.RoundingMode.HALF_UP);
                    long id = firstId + 2L * i;
                    String state = states[i % states.length];
                    boolean left = !state.equals("PREPARED") && !state.equals("REVIEWED");
                    LocalDate promised = today.minusDays((i * 7L) % 1095);
                    // a tenth left a few days after the promised day
                    LocalDate shipped = promised.plusDays(i % 10 == 3 ? 1 + i % 5 : 0);
                    note.setLong(1, id);
                    note.setString(2, String.format("GFH-%07d", i));
                    note.setString(3, state);
                    note.setLong(4, (Long) r[0]);
                    note.setString(5, (String) r[1]);
                    note.setLong(6, (Long) r[2]);
                    note.setString(7, (String) r[3]);
                    note.setDate(8, Date.valueOf(promised));
                    note.setDate(9, Date.valueOf(promised.plusDays(2)));
                    note.setBigDecimal(10, amount);
                    note.setString(11, left ? "bench" : null);
                    note.setTimestamp(12, left ? Timestamp.valueOf(shipped.atTime(9, 30)) : null);
                    note.setTimestamp(13, state.equals("DELIVERED") ? Timestamp.valueOf(shipped.plusDays(2).atTime(15, 0))
                            : null);
                    note.setString(14, state.equals("EXCEPTION") ? "two coils damaged in loading" : null);
                    note.setString(15, left ? CARRIERS[i % CARRIERS.length] : null);
                    note.setString(16, left ? "WB" + (10_000_000 + i) : null);
                    note.setBigDecimal(17, left ? BigDecimal.valueOf(200 + 10 * (i % 50)) : null);
                    note.setString(18, (String) r[4]);
                    note.setTimestamp(19, now);
                    note.setTimestamp(20, now);
                    note.addBatch();
                    line.setLong(1, id + 1);
                    line.setLong(2, id);
                    line.setLong(3, (Long) r[5]);
                    line.setString(4, (String) r[6]);
                    line.setBigDecimal(5, quantity);
                    line.setString(6, "B" + promised.getYear() + "-" + (i % 900 + 100));
                    line.setBigDecimal(7, (BigDecimal) r[8]);
                    line.setBigDecimal(8, amount);
                    line.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        note.executeBatch();
                        line.executeBatch();
                        c.commit();
                    }
                }
                note.executeBatch();
                line.executeBatch();
                c.commit();
            }
            // what left counts as delivered on each order, as logistics reports it to contracts' fulfilment ledger
            try (PreparedStatement ledger = c.prepareStatement("INSERT INTO CT_DELIVERED (DOCUMENT_ID, SOURCE, AMOUNT)"
                    + " SELECT n.DOCUMENT_ID, 'logistics', SUM(n.AMOUNT) FROM LG_NOTE n WHERE n.CODE LIKE 'GFH-%'"
                    + " AND n.STATE IN ('SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION') GROUP BY n.DOCUMENT_ID")) {
                ledger.executeUpdate();
            }
            c.commit();
            if (BenchDb.postgres()) {
                // the tables as autovacuum keeps them in a database that grew by use: planner statistics and
                // visibility map up to date. Rows written in one burst would otherwise be measured while
                // autovacuum works through them (it doubled the statistics' times on 2 cores, 2026-12-06).
                c.setAutoCommit(true);
                try (java.sql.Statement vacuum = c.createStatement()) {
                    for (String table : List.of("CRM_CUSTOMER", "CT_DOCUMENT", "CT_LINE", "CT_DELIVERED", "LG_NOTE",
                            "LG_NOTE_LINE")) {
                        vacuum.execute("VACUUM ANALYZE " + table);
                    }
                }
                c.setAutoCommit(false);
            }
        } finally {
            db.release();
        }
    }

    /**
     * {@code n} issued invoices of {@code linesEach} lines on the generated orders in force, issued over three years and
     * due 30 days later: most paid in full by a receipt matched to them, some in half, a tenth not at all — what the
     * ageing, the statements and the collection plan read.
     */
    void invoices(int n, int linesEach) throws SQLException {
        LocalDate today = LocalDate.now();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            int per = linesEach + 3;
            long firstId = ids(c, "INV_ID", "invoicing", (long) per * n);
            Timestamp now = Timestamp.from(Instant.now());
            List<Object[]> docs = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT ID, DOC_NUMBER, CUSTOMER_ID, CUSTOMER_NAME, REGION,"
                    + " SALESPERSON FROM CT_DOCUMENT WHERE STATE = 'EFFECTIVE' AND KIND = 'ORDER' AND DOC_NUMBER LIKE"
                    + " 'GEN-%' ORDER BY ID")) {
                q.setMaxRows(n);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        docs.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)});
                    }
                }
            }
            if (docs.isEmpty()) {
                throw new IllegalStateException("generate orders in force before their invoices");
            }
            try (PreparedStatement inv = c.prepareStatement("INSERT INTO INV_INVOICE (ID, VERSION, STATE, INVOICE_NUMBER,"
                            + " DOCUMENT_ID, DOCUMENT_NUMBER, CUSTOMER_ID, CUSTOMER_NAME, SALESPERSON, REGION, INVOICE_TYPE,"
                            + " MEDIUM, TAX_INCLUDED, CURRENCY, AMOUNT, TAX, TOTAL, BUYER_NAME, ISSUED_ON, DUE_DATE,"
                            + " CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY, OPEN_AMOUNT) VALUES (?, 1, 'ISSUED', ?, ?, ?,"
                            + " ?, ?, ?, ?, 'ORDINARY', 'DIGITAL', TRUE, 'CNY', ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench', ?)");
                    PreparedStatement line = c.prepareStatement("INSERT INTO INV_LINE (ID, INVOICE_ID, LINE_NO, LINE_KEY,"
                            + " PRODUCT, SPEC, UNIT, QUANTITY, UNIT_PRICE, TAX_RATE, AMOUNT, TAX, TOTAL) VALUES (?, ?, ?, ?,"
                            + " ?, 'Q235B', 't', ?, ?, 13, ?, ?, ?)");
                    PreparedStatement receipt = c.prepareStatement("INSERT INTO INV_RECEIPT (ID, VERSION, CUSTOMER_ID,"
                            + " CUSTOMER_NAME, RECEIVED_ON, METHOD, CURRENCY, AMOUNT, ALLOCATED, REFERENCE, CREATED_AT,"
                            + " CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, ?, ?, 'BANK_TRANSFER', 'CNY', ?, ?, ?, ?,"
                            + " 'bench', ?, 'bench')");
                    PreparedStatement allocation = c.prepareStatement("INSERT INTO INV_ALLOCATION (ID, RECEIPT_ID,"
                            + " INVOICE_ID, DOCUMENT_ID, AMOUNT, ALLOCATED_BY, ALLOCATED_AT) VALUES (?, ?, ?, ?, ?, 'bench',"
                            + " ?)")) {
                String[] products = {"Hot-rolled coil", "Rebar", "Wire rod", "Plate", "Angle"};
                for (int i = 0; i < n; i++) {
                    Object[] d = docs.get(i % docs.size());
                    long id = firstId + (long) per * i;
                    LocalDate issued = today.minusDays((i * 13L) % 1095);
                    BigDecimal total = BigDecimal.ZERO;
                    for (int k = 0; k < linesEach; k++) {
                        BigDecimal quantity = BigDecimal.valueOf(1 + (i + k) % 9);
                        BigDecimal price = BigDecimal.valueOf(3600 + 50L * ((i + k) % 11)).setScale(2);
                        BigDecimal lineTotal = quantity.multiply(price).setScale(2);
                        BigDecimal amount = lineTotal.divide(new BigDecimal("1.13"), 2, java.math.RoundingMode.HALF_UP);
                        line.setLong(1, id + 1 + k);
                        line.setLong(2, id);
                        line.setInt(3, k + 1);
                        line.setLong(4, k + 1);
                        line.setString(5, products[k % products.length]);
                        line.setBigDecimal(6, quantity);
                        line.setBigDecimal(7, price);
                        line.setBigDecimal(8, amount);
                        line.setBigDecimal(9, lineTotal.subtract(amount));
                        line.setBigDecimal(10, lineTotal);
                        line.addBatch();
                        total = total.add(lineTotal);
                    }
                    BigDecimal amount = total.divide(new BigDecimal("1.13"), 2, java.math.RoundingMode.HALF_UP);
                    inv.setLong(1, id);
                    inv.setString(2, String.format("GFP-%07d", i));
                    inv.setLong(3, (Long) d[0]);
                    inv.setString(4, (String) d[1]);
                    inv.setLong(5, (Long) d[2]);
                    inv.setString(6, (String) d[3]);
                    inv.setString(7, (String) d[5]);
                    inv.setString(8, (String) d[4]);
                    inv.setBigDecimal(9, amount);
                    inv.setBigDecimal(10, total.subtract(amount));
                    inv.setBigDecimal(11, total);
                    inv.setString(12, (String) d[3]);
                    inv.setDate(13, Date.valueOf(issued));
                    inv.setDate(14, Date.valueOf(issued.plusDays(30)));
                    inv.setTimestamp(15, now);
                    inv.setTimestamp(16, now);
                    // seventeen in twenty paid in full, two in half, one not at all; the money came 20 to 60 days on
                    int kind = i % 20;
                    LocalDate received = issued.plusDays(20 + i % 41);
                    boolean pays = kind < 19 && !received.isAfter(today);
                    BigDecimal paid = !pays ? BigDecimal.ZERO : kind < 17 ? total : total.divide(BigDecimal.valueOf(2), 2,
                            java.math.RoundingMode.DOWN);
                    inv.setBigDecimal(17, total.subtract(paid));
                    inv.addBatch();
                    if (pays) {
                        receipt.setLong(1, id + linesEach + 1);
                        receipt.setLong(2, (Long) d[2]);
                        receipt.setString(3, (String) d[3]);
                        receipt.setDate(4, Date.valueOf(received));
                        receipt.setBigDecimal(5, paid);
                        receipt.setBigDecimal(6, paid);
                        receipt.setString(7, "BANK-" + i);
                        receipt.setTimestamp(8, now);
                        receipt.setTimestamp(9, now);
                        receipt.addBatch();
                        allocation.setLong(1, id + linesEach + 2);
                        allocation.setLong(2, id + linesEach + 1);
                        allocation.setLong(3, id);
                        allocation.setLong(4, (Long) d[0]);
                        allocation.setBigDecimal(5, paid);
                        allocation.setTimestamp(6, now);
                        allocation.addBatch();
                    }
                    if ((i + 1) % (BATCH / linesEach) == 0) {
                        inv.executeBatch();
                        line.executeBatch();
                        receipt.executeBatch();
                        allocation.executeBatch();
                        c.commit();
                    }
                }
                inv.executeBatch();
                line.executeBatch();
                receipt.executeBatch();
                allocation.executeBatch();
                c.commit();
            }
            if (BenchDb.postgres()) {
                c.setAutoCommit(true);
                try (java.sql.Statement vacuum = c.createStatement()) {
                    for (String table : List.of("INV_INVOICE", "INV_LINE", "INV_RECEIPT", "INV_ALLOCATION")) {
                        vacuum.execute("VACUUM ANALYZE " + table);
                    }
                }
                c.setAutoCommit(false);
            }
        } finally {
            db.release();
        }
    }

    /**
     * Takes {@code n} ids from a module's id row (as its services do, a block at a time) and
     * returns the first; committed at once, so that the services' next block follows ours.
     */
    /**
     * {@code n} expense claims of {@code linesEach} lines of 40 salespeople over the last year (seven in ten paid, two
     * approved, one waiting for the office), each line with its fapiao number taken, and this year's budget of each
     * salesperson and region with what the claims committed and spent of it.
     */
    void claims(int n, int linesEach) throws SQLException {
        LocalDate today = LocalDate.now();
        String[] categories = {"LODGING", "MEALS", "TRANSPORT", "FARE", "COURIER", "PRINTING", "ENTERTAINMENT", "OTHER"};
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            int per = linesEach + 1;
            long firstId = ids(c, "EXP_ID", "expenses", (long) per * n + 80);
            Timestamp now = Timestamp.from(Instant.now());
            java.util.Map<String, BigDecimal[]> used = new java.util.HashMap<>();
            // what the approvals would have added to the monthly rows: month|claimant|region|category → amount
            java.util.Map<String, BigDecimal> months = new java.util.HashMap<>();
            try (PreparedStatement claim = c.prepareStatement("INSERT INTO EXP_CLAIM (ID, VERSION, CODE, STATE, CLAIMANT,"
                    + " GRADE, REGION, DEPARTMENT, PURPOSE, CURRENCY, TOTAL, CHECKED_BY, HIGHER, PAID_ON, CREATED_AT,"
                    + " CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 3, ?, ?, ?, 'B', ?, 'sales', ?, 'CNY', ?, ?, '', ?, ?,"
                    + " 'bench', ?, 'bench')");
                    PreparedStatement line = c.prepareStatement("INSERT INTO EXP_CLAIM_LINE (ID, CLAIM_ID, LINE_NO, DAY,"
                            + " CATEGORY, AMOUNT, FAPIAO_NO, FAPIAO_AMOUNT, CITY, DAYS, FLAGS, BUDGET_ID) VALUES (?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, '', ?)");
                    PreparedStatement fapiao = c.prepareStatement("INSERT INTO EXP_FAPIAO (NUMBER, CLAIM_ID) VALUES (?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long id = firstId + (long) per * i;
                    int person = i % 40;
                    String state = i % 10 < 7 ? "PAID" : i % 10 < 9 ? "APPROVED" : "SUBMITTED";
                    LocalDate day = today.minusDays((i * 7L) % 365);
                    BigDecimal total = BigDecimal.ZERO;
                    for (int k = 0; k < linesEach; k++) {
                        String category = categories[(i + k) % categories.length];
                        BigDecimal amount = BigDecimal.valueOf(50 + ((i * 31L + k * 17) % 1950)).setScale(2);
                        boolean travel = category.equals("LODGING") || category.equals("MEALS")
                                || category.equals("TRANSPORT") || category.equals("FARE");
                        line.setLong(1, id + 1 + k);
                        line.setLong(2, id);
                        line.setInt(3, k + 1);
                        line.setDate(4, Date.valueOf(day));
                        line.setString(5, category);
                        line.setBigDecimal(6, amount);
                        line.setString(7, String.format("8%08d%02d", i, k));
                        line.setBigDecimal(8, amount);
                        line.setString(9, travel ? "沈阳" : null);
                        line.setBigDecimal(10, travel && !category.equals("FARE") ? BigDecimal.valueOf(2) : null);
                        boolean thisYear = day.getYear() == today.getYear();
                        long budget = firstId + (long) per * n + person;
                        if (thisYear) {
                            line.setLong(11, budget);
                        } else {
                            line.setNull(11, java.sql.Types.BIGINT);
                        }
                        line.addBatch();
                        fapiao.setString(1, String.format("8%08d%02d", i, k));
                        fapiao.setLong(2, id);
                        fapiao.addBatch();
                        total = total.add(amount);
                        if (!state.equals("SUBMITTED")) {
                            months.merge(day.withDayOfMonth(1) + "|sales" + person + "|" + REGIONS[person % REGIONS.length]
                                    + "|" + category, amount, BigDecimal::add);
                        }
                        if (thisYear && !state.equals("SUBMITTED")) {
                            BigDecimal[] u = used.computeIfAbsent("sales" + person, x -> new BigDecimal[] {
                                BigDecimal.ZERO, BigDecimal.ZERO});
                            u[state.equals("PAID") ? 1 : 0] = u[state.equals("PAID") ? 1 : 0].add(amount);
                        }
                    }
                    claim.setLong(1, id);
                    claim.setString(2, String.format("BXG-%07d", i));
                    claim.setString(3, state);
                    claim.setString(4, "sales" + person);
                    claim.setString(5, REGIONS[person % REGIONS.length]);
                    claim.setString(6, "generated claim " + i);
                    claim.setBigDecimal(7, total);
                    claim.setString(8, state.equals("SUBMITTED") ? null : "assistant");
                    claim.setDate(9, state.equals("PAID") ? Date.valueOf(day.plusDays(7)) : null);
                    claim.setTimestamp(10, now);
                    claim.setTimestamp(11, now);
                    claim.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        claim.executeBatch();
                        line.executeBatch();
                        fapiao.executeBatch();
                        c.commit();
                    }
                }
                claim.executeBatch();
                line.executeBatch();
                fapiao.executeBatch();
                c.commit();
            }
            try (PreparedStatement budget = c.prepareStatement("INSERT INTO EXP_BUDGET (ID, VERSION, NAME, SCOPE, SCOPE_KEY,"
                    + " CATEGORY, PERIOD_FROM, PERIOD_TO, CURRENCY, PLANNED, COMMITTED, ACTUAL, CREATED_AT, CREATED_BY,"
                    + " UPDATED_AT, UPDATED_BY) VALUES (?, 0, ?, ?, ?, '*', ?, ?, 'CNY', ?, ?, ?, ?, 'bench', ?, 'bench')")) {
                long base = firstId + (long) per * n;
                for (int i = 0; i < 70; i++) {
                    boolean person = i < 40;
                    String key = person ? "sales" + i : REGIONS[i - 40];
                    BigDecimal[] u = person ? used.getOrDefault(key, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})
                            : new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
                    budget.setLong(1, base + i);
                    budget.setString(2, (person ? "Generated budget of " : "Generated region budget ") + key);
                    budget.setString(3, person ? "SALESPERSON" : "REGION");
                    budget.setString(4, key);
                    budget.setDate(5, Date.valueOf(today.withDayOfYear(1)));
                    budget.setDate(6, Date.valueOf(today.withDayOfYear(1).plusYears(1).minusDays(1)));
                    budget.setBigDecimal(7, BigDecimal.valueOf(person ? 2_000_000 : 5_000_000).setScale(2));
                    budget.setBigDecimal(8, u[0]);
                    budget.setBigDecimal(9, u[1]);
                    budget.setTimestamp(10, now);
                    budget.setTimestamp(11, now);
                    budget.addBatch();
                }
                budget.executeBatch();
                c.commit();
            }
            try (PreparedStatement month = c.prepareStatement("INSERT INTO EXP_SPEND_MONTH (MONTH_START, CLAIMANT, REGION,"
                    + " CATEGORY, AMOUNT) VALUES (?, ?, ?, ?, ?)")) {
                for (java.util.Map.Entry<String, BigDecimal> e : months.entrySet()) {
                    String[] k = e.getKey().split("\\|");
                    month.setDate(1, Date.valueOf(LocalDate.parse(k[0])));
                    month.setString(2, k[1]);
                    month.setString(3, k[2]);
                    month.setString(4, k[3]);
                    month.setBigDecimal(5, e.getValue());
                    month.addBatch();
                }
                month.executeBatch();
                c.commit();
            }
        } finally {
            db.release();
        }
    }

    /**
     * {@code n} investment leads over the last year, as the public form, the office and the salespeople would have
     * made them: spread over the regions, sources and stages, 40 salespeople and the pool (one in eight), a call with
     * what was learned on every third.
     */
    void leads(int n) throws SQLException {
        LocalDate today = LocalDate.now();
        String[] sources = {"WEB_FORM", "EMAIL", "CHAT", "PHONE", "EXHIBITION", "AD", "REFERRAL", "OTHER"};
        String[] stages = {"NEW", "CONTACTED", "QUALIFIED", "NEGOTIATING", "WON", "LOST"};
        String[] topics = {"MARKET", "COMPETITOR", "POLICY", "PRICE", "PRODUCT", "OTHER"};
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long firstId = ids(c, "LD_ID", "leads", 2L * n);
            try (PreparedStatement lead = c.prepareStatement("INSERT INTO LD_LEAD (ID, VERSION, CODE, STAGE, COMPANY,"
                    + " COMPANY_KEY, CONTACT, PHONE, PHONE_KEY, REGION, PRODUCT, SOURCE, OWNER, ASSIGNED_AT, ASSIGN_REASON,"
                    + " NEXT_CONTACT_ON, CLOCK_STEP, FIRST_RESPONSE_AT, RESPONSE_MINUTES, LAST_TOUCH_AT, TOUCHES, CLOSED_AT,"
                    + " DAYS_TO_CLOSE, LOST_REASON, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, ?, ?, ?,"
                    + " '联系人', ?, ?, ?, ?, ?, ?, ?, 'generated', ?, 0, ?, ?, ?, 1, ?, ?, ?, ?, 'bench', ?, 'bench')");
                    PreparedStatement call = c.prepareStatement("INSERT INTO LD_CALL (ID, LEAD_ID, LEAD_CODE, REGION,"
                            + " CALLED_AT, CALLED_ON, CALLER, OUTCOME, TOPIC, LEARNED, NEXT_CONTACT_ON) VALUES (?, ?, ?, ?,"
                            + " ?, ?, ?, 'REACHED', ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long id = firstId + 2L * i;
                    String stage = stages[i % stages.length];
                    boolean open = !stage.equals("WON") && !stage.equals("LOST");
                    String owner = i % 8 == 0 && open ? null : "sales" + (i % 40);
                    String region = REGIONS[i % REGIONS.length];
                    LocalDate day = today.minusDays((i * 3L) % 365);
                    Timestamp made = Timestamp.from(day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
                    String code = String.format("XSG-%07d", i);
                    String phone = String.format("138%08d", i);
                    lead.setLong(1, id);
                    lead.setString(2, code);
                    lead.setString(3, stage);
                    lead.setString(4, "生成公司 " + i);
                    lead.setString(5, "生成公司" + i);
                    lead.setString(6, phone);
                    lead.setString(7, phone);
                    lead.setString(8, region);
                    lead.setString(9, i % 3 == 0 ? "阀门" : "管件");
                    lead.setString(10, sources[i % sources.length]);
                    lead.setString(11, owner);
                    lead.setTimestamp(12, owner == null ? null : made);
                    lead.setDate(13, open && owner != null ? Date.valueOf(day.plusDays(7)) : null);
                    lead.setTimestamp(14, stage.equals("NEW") ? null : Timestamp.from(made.toInstant().plusSeconds(
                            3600L * (1 + i % 30))));
                    if (stage.equals("NEW")) {
                        lead.setNull(15, java.sql.Types.INTEGER);
                    } else {
                        lead.setInt(15, 60 * (1 + i % 30));
                    }
                    lead.setTimestamp(16, made);
                    lead.setTimestamp(17, open ? null : Timestamp.from(made.toInstant().plusSeconds(86_400L * (3 + i % 40))));
                    if (open) {
                        lead.setNull(18, java.sql.Types.INTEGER);
                    } else {
                        lead.setInt(18, 3 + i % 40);
                    }
                    lead.setString(19, stage.equals("LOST") ? (i % 2 == 0 ? "价格太高" : "已选竞争对手") : null);
                    lead.setTimestamp(20, made);
                    lead.setTimestamp(21, made);
                    lead.addBatch();
                    if (i % 3 == 0 && !stage.equals("NEW")) {
                        call.setLong(1, id + 1);
                        call.setLong(2, id);
                        call.setString(3, code);
                        call.setString(4, region);
                        call.setTimestamp(5, made);
                        call.setDate(6, Date.valueOf(day));
                        call.setString(7, owner == null ? "sales0" : owner);
                        call.setString(8, topics[i % topics.length]);
                        call.setString(9, "生成的情报 " + i + "：对手在" + region + "降价");
                        call.setDate(10, Date.valueOf(day.plusDays(7)));
                        call.addBatch();
                    }
                    if (i % BATCH == BATCH - 1) {
                        lead.executeBatch();
                        call.executeBatch();
                        c.commit();
                    }
                }
                lead.executeBatch();
                call.executeBatch();
                c.commit();
            }
        } finally {
            db.release();
        }
    }

    private static long ids(Connection c, String table, String row, long n) throws SQLException {
        long first;
        try (PreparedStatement get = c.prepareStatement("SELECT NEXT_ID FROM " + table + " WHERE NAME = ? FOR UPDATE")) {
            get.setString(1, row);
            try (ResultSet rs = get.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row '" + row + "' in " + table + ": is the schema migrated?");
                }
                first = rs.getLong(1);
            }
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE " + table + " SET NEXT_ID = ? WHERE NAME = ?")) {
            move.setLong(1, first + n);
            move.setString(2, row);
            move.executeUpdate();
        }
        c.commit();
        return first;
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
