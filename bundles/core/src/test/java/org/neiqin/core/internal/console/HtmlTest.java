package org.neiqin.core.internal.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;

public class HtmlTest {
    private static final String TOKEN = "tok-123abc";

    private static Html.Context ctx(Map<String, List<String>> query, String flash) {
        return new Html.Context("neiqin-customers", TOKEN, query, flash, k -> k);
    }

    private static Html.Context ctx() {
        return ctx(Map.of(), null);
    }

    @Test
    public void escapeNeutralisesMarkupAndQuotes() {
        String out = Html.escape("<script>alert('x')</script>");
        assertFalse(out, out.contains("<"));
        assertFalse(out, out.contains(">"));
        assertFalse(out, out.contains("'"));
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", out);
        assertEquals("a &amp; &quot;b&quot;", Html.escape("a & \"b\""));
        assertEquals("", Html.escape(null));
        assertEquals("42", Html.escape(42));
        assertEquals("客户 A", Html.escape("客户 A"));
    }

    @Test
    public void hrefOnlyAllowsConsolePages() {
        assertEquals("#", Html.href("javascript:alert(1)"));
        assertEquals("#", Html.href("http://evil"));
        assertEquals("#", Html.href("https://evil.example/neiqin-x"));
        assertEquals("#", Html.href("//evil.example"));
        assertEquals("#", Html.href("/system/console/bundles"));
        assertEquals("#", Html.href(null));
        assertEquals("#", Html.href("neiqin-x?a=\"><script>"));
        assertEquals("#", Html.href("neiqin-x?a=1 onclick=alert(1)"));
        assertEquals("neiqin-reviews?id=3", Html.href("neiqin-reviews?id=3"));
        assertEquals("neiqin-reviews", Html.href("neiqin-reviews"));
        assertEquals("neiqin-reviews?id=3&amp;tab=open", Html.href("neiqin-reviews?id=3&tab=open"));
    }

    @Test
    public void chartBarsAreScaledToTheLargestAndLabelsEscaped() {
        Chart c = new Chart("Value <by> month", List.of(new Chart.Bar("2026-01", new BigDecimal("50"), "50.00 CNY"),
                new Chart.Bar("<script>", new BigDecimal("200"), "200.00 CNY"),
                new Chart.Bar("2026-03", new BigDecimal("-5"), "-5.00 CNY")));
        String html = Html.render(Page.of("Statistics", c), ctx());
        assertTrue(html, html.contains("width:25%"));
        assertTrue(html, html.contains("width:100%"));
        assertTrue("a negative value draws no bar: " + html, html.contains("width:0%"));
        assertTrue(html, html.contains("&lt;script&gt;"));
        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("Value &lt;by&gt; month"));
    }

    @Test
    public void anAuditTrailNamesTheRecordOnlyWhenItSpansSeveral() {
        AuditEntry created = new AuditEntry(1, "crm", 1, java.time.Instant.parse("2026-11-01T08:00:00Z"), "sales",
                "crm.customer", "7", AuditAction.CREATE, null, "{\"fullName\":\"<b>ACME</b>\"}", "h1");
        AuditEntry reviewed = new AuditEntry(2, "core", 1, java.time.Instant.parse("2026-11-02T08:00:00Z"), "manager",
                "contracts.order", "7", AuditAction.REVIEW, null, "{}", "h2");
        String one = Html.render(Page.of("History", new AuditTrail(List.of(created))), ctx());
        assertTrue(one, one.contains("toolkit.history.at") && one.contains("toolkit.history.new"));
        assertFalse(one, one.contains("toolkit.history.entity"));
        assertTrue(one, one.contains("&lt;b&gt;ACME&lt;/b&gt;"));
        String two = Html.render(Page.of("History", new AuditTrail(List.of(created, reviewed))), ctx());
        assertTrue(two, two.contains("toolkit.history.entity") && two.contains("contracts.order"));
    }

    @Test
    public void aHistoryReadsAsLabelledChangesWithCodesInWords() {
        AuditEntry changed = new AuditEntry(3, "contracts", 4, java.time.Instant.parse("2026-11-03T08:00:00Z"), "manager",
                "contracts.order", "7", AuditAction.UPDATE, "{\"state\":\"DRAFT\",\"creditDays\":30}",
                "{\"state\":\"EFFECTIVE\",\"creditDays\":45,\"freight\":\"3600.00 CNY\",\"total\":12500.5,"
                        + "\"checkedBy\":\"manager\"}", "h3");
        Html.Names names = new Html.Names() {
            @Override
            public String field(String name) {
                return Map.of("state", "State", "creditDays", "Credit days", "freight", "Freight", "total", "Total",
                        "checkedBy", "Checked by").getOrDefault(name, name);
            }

            @Override
            public String value(String code) { return code.equals("EFFECTIVE") ? "in force" : code.equals("DRAFT") ? "draft" : code; }

            @Override
            public String person(String login) { return login.equals("manager") ? "张伟" : login; }
        };
        String html = Html.render(Page.of("History", new AuditTrail(List.of(changed))), ctx().withNames(names));
        assertTrue("a row per field, by its label, before and after in words: " + html,
                html.contains("<td>State</td><td>draft</td><td>in force</td>")
                && html.contains("<td>Credit days</td><td>30</td><td>45</td>"));
        assertTrue("amounts grouped, who checked by name: " + html, html.contains("<td>3,600.00 CNY</td>")
                && html.contains("12,500.5</td>") && html.contains("<td>Checked by</td><td></td><td>张伟</td>"));
        assertFalse("no JSON is shown: " + html, html.contains("{&quot;") || html.contains("EFFECTIVE"));
        assertTrue("who by name, and who and when once per change: " + html, !html.contains("manager")
                && html.indexOf("张伟") < html.indexOf("Checked by"));
    }

    @Test
    public void aGridOfGivenRowsShowsWhatEachRowIsTakesItsEntriesAndKeepsItsRowsWhenRefused() {
        List<Field> columns = List.of(Field.hidden("line", null), Field.shown("what", "Product"),
                new Field("quantity", "Quantity", Field.Type.NUMBER, null, List.of(), false));
        Form form = Form.action("Prepare", List.of(Field.fixedGrid("goods", "Goods", columns, List.of(
                Map.of("line", "41", "what", "1. <盘螺>"), Map.of("line", "42", "what", "2. 线材")))));
        String first = Html.render(Page.of("Note", form), ctx());
        assertTrue(first, first.contains("<td class=\"neiqin-shown\">1. &lt;盘螺&gt;</td>")
                && first.contains("name=\"goods[1].line\" value=\"42\"") && first.contains("name=\"goods[1].quantity\"")
                && !first.contains("class=\"neiqin-add") && !first.contains("class=\"neiqin-remove") && !first.contains("name=\"goods[0].what\""));
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(Html.FORM_FIELD, "0");
        posted.put("goods[0].line", "41");
        posted.put("goods[1].line", "42");
        posted.put("goods[1].quantity", "9");
        String again = Html.render(Page.of("Note", form), ctx().withRefill(new Html.Refill(posted,
                Map.of("goods[1].quantity", "only 4 t left"))));
        assertTrue("the rows still say what they are, with what was typed: " + again, again.contains("2. 线材")
                && again.contains("1. &lt;盘螺&gt;") && again.matches("(?s).*name=\"goods\\[1]\\.quantity\"[^>]*value=\"9\".*")
                && again.contains("only 4 t left"));
    }

    @Test
    public void aGridComesBackAsSentWithEachCellsErrorBesideItAndTheScriptOnlyWhereNeeded() {
        List<Field> columns = List.of(Field.hidden("key", null), Field.text("product", "Product", null),
                new Field("quantity", "Quantity", Field.Type.NUMBER, null, List.of(), true),
                new Field("unitPrice", "Unit price", Field.Type.NUMBER, null, List.of(), true));
        Form form = Form.action("Save", List.of(Field.grid("lines", "Lines", columns, List.of(Map.of("key", "41",
                "product", "<b>Steel</b>", "quantity", "2", "unitPrice", "10")), true),
                Field.lookup("customerId", "Customer", "customer", "7", null, true)));
        String first = Html.render(Page.of("Order", form), ctx().withLookups((lookup, key) -> lookup + " #" + key));
        assertTrue(first, first.contains("name=\"lines[0].product\" data-column=\"product\"")
                && first.contains("value=\"&lt;b&gt;Steel&lt;/b&gt;\"") && first.contains("name=\"lines[0].key\" value=\"41\"")
                && first.contains("neiqin-amount\"") && first.contains("<script>"));
        assertTrue("the chosen record reads as its lookup says: " + first, first.contains("value=\"customer #7\"")
                && first.contains("name=\"customerId\" value=\"7\""));
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(Html.FORM_FIELD, "0");
        posted.put("lines[0].product", "Steel");
        posted.put("lines[0].quantity", "two");
        posted.put("lines[1].product", "Wire");
        posted.put("lines[1].quantity", "1");
        posted.put("customerId", "7");
        posted.put("customerId.shown", "C007 ACME");
        Html.Refill refill = new Html.Refill(posted, Map.of("lines[0].quantity", "'two' is not a number"));
        String again = Html.render(Page.of("Order", form), ctx().withRefill(refill));
        assertTrue("both rows as typed, the error at its cell: " + again, again.matches("(?s).*name=\"lines\\[0]\\.quantity\"[^>]*value=\"two\"[^>]*aria-invalid=\"true\".*")
                && again.contains("name=\"lines[1].product\"") && again.contains("value=\"Wire\"")
                && again.contains("&#39;two&#39; is not a number") && again.contains("value=\"C007 ACME\""));
        assertFalse("no script on a page without a grid or lookup", Html.render(Page.of("Plain", new Paragraph("x")), ctx())
                .contains("<script>"));
    }

    @Test
    public void aGridsLookupCellKeepsItsKeyBesideTheSearchBoxAndOneListServesTheColumn() {
        List<Field> columns = List.of(Field.lookup("productId", "Product", "product", null, null, false),
                Field.text("product", "Name", null));
        Form form = Form.action("Save", List.of(Field.grid("lines", "Lines", columns, List.of(Map.of("productId", "8",
                "product", "螺纹钢"), Map.of("product", "加工费")), true)));
        String html = Html.render(Page.of("Order", form), ctx().withLookups((lookup, key) -> lookup + " #" + key));
        assertTrue("the chosen product reads as its lookup says, its key beside it: " + html,
                html.contains("name=\"lines[0].productId\" value=\"8\"") && html.contains("value=\"product #8\"")
                && html.contains("name=\"lines[0].productId.shown\"") && html.contains("name=\"lines[1].productId\" value=\"\""));
        assertEquals("one list of suggestions for the column", 1, html.split("<datalist id=\"g-lines-productId-list\"", -1).length - 1);
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(Html.FORM_FIELD, "0");
        posted.put("lines[0].productId", "");
        posted.put("lines[0].productId.shown", "LWG typed, not chosen");
        String again = Html.render(Page.of("Order", form), ctx().withRefill(new Html.Refill(posted,
                Map.of("lines[0].productId", "choose a product"))));
        assertTrue("what was typed comes back with the cell's error: " + again, again.contains("value=\"LWG typed, not chosen\"")
                && again.contains("choose a product"));
    }

    @Test
    public void tableCellsAreEscaped() {
        Table t = new Table(List.of("Name", "<i>col</i>"),
                List.of(List.of(Cell.of("<b>x</b>"), Cell.link("<img src=x>", "javascript:alert(1)"))), null, null);
        String html = Html.render(Page.of("Customers & <co>", t), ctx());
        assertTrue(html, html.contains("&lt;b&gt;x&lt;/b&gt;"));
        assertFalse(html, html.contains("<b>x</b>"));
        assertTrue(html, html.contains("&lt;i&gt;col&lt;/i&gt;"));
        assertTrue(html, html.contains("<a href=\"#\">&lt;img src=x&gt;</a>"));
        assertFalse(html, html.contains("javascript:"));
        assertTrue(html, html.contains("Customers &amp; &lt;co&gt;"));
    }

    @Test
    public void tableLinksToConsolePagesAreKept() {
        Table t = new Table(List.of("No."), List.of(List.of(Cell.link("SO-1", "neiqin-orders?id=1"))), null, null);
        String html = Html.render(Page.of("Orders", t), ctx());
        assertTrue(html, html.contains("<a href=\"neiqin-orders?id=1\">SO-1</a>"));
    }

    @Test
    public void emptyTableSaysSo() {
        Table t = new Table(List.of("A", "B"), List.of(), null, null);
        String html = Html.render(Page.of("Empty", t), ctx());
        assertTrue(html, html.contains("colspan=\"2\">toolkit.empty<"));
    }

    @Test
    public void otherBlocksAreEscaped() {
        Page p = Page.of("P", new Heading("<h1>"), new Paragraph("a<b"), new Notice(Notice.Level.ERROR, "<err>"),
                new Properties(List.of(new Properties.Property("<k>", "<v>"))),
                new Links(List.of(new Link("<go>", "neiqin-home"), new Link("bad", "http://evil"))));
        String html = Html.render(p, ctx(Map.of(), "<saved>"));
        for (String raw : new String[] {"<h1>", "a<b", "<err>", "<k>", "<v>", "<go>", "<saved>", "http://evil"}) {
            assertFalse(raw + " in " + html, html.contains(raw));
        }
        assertTrue(html, html.contains("&lt;saved&gt;"));
        assertTrue(html, html.contains("ui-state-error"));
        assertTrue(html, html.contains("href=\"neiqin-home\">&lt;go&gt;</a>"));
        assertTrue(html, html.contains("href=\"#\">bad</a>"));
    }

    @Test
    public void postFormCarriesTheCsrfToken() {
        Form f = Form.action("Save", List.of(Field.text("name", "Name", "\"><script>")));
        String html = Html.render(Page.of("Edit", f), ctx());
        assertTrue(html, html.contains("method=\"post\""));
        assertTrue(html, html.contains("action=\"neiqin-customers\""));
        assertTrue(html, html.contains("<input type=\"hidden\" name=\"" + Html.CSRF_FIELD + "\" value=\"" + TOKEN + "\">"));
        assertEquals("_csrf", Html.CSRF_FIELD);
        assertFalse(html, html.contains("\"><script>"));
        assertTrue(html, html.contains("value=\"&quot;&gt;&lt;script&gt;\""));
    }

    @Test
    public void getFormHasNoCsrfToken() {
        Form f = Form.filter("Search", List.of(Field.text("q", "Search", "")));
        String html = Html.render(Page.of("List", f), ctx());
        assertTrue(html, html.contains("method=\"get\""));
        assertFalse(html, html.contains(Html.CSRF_FIELD));
        assertFalse(html, html.contains(TOKEN));
    }

    @Test
    public void formShowsFieldErrorsEscaped() {
        Form f = new Form(true, "Save", List.of(Field.text("email", "E-mail", "x")), Map.of("email", "<bad> e-mail"));
        String html = Html.render(Page.of("Edit", f), ctx());
        assertTrue(html, html.contains("&lt;bad&gt; e-mail"));
    }

    @Test
    public void selectMarksTheCurrentValue() {
        Form f = Form.filter("Go", List.of(Field.select("grade", "Grade", "B",
                List.of(new Field.Option("A", "Grade A"), new Field.Option("B", "Grade B")))));
        String html = Html.render(Page.of("List", f), ctx());
        assertTrue(html, html.contains("<option value=\"B\" selected>Grade B</option>"));
        assertTrue(html, html.contains("<option value=\"A\">Grade A</option>"));
    }

    @Test
    public void pagedTableLinksKeepOtherQueryParameters() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("q", List.of("acme corp"));
        query.put("grade", List.of("A", "B"));
        query.put("page", List.of("2"));
        query.put("_csrf", List.of("leak"));
        Table t = new Table(List.of("Name"), List.of(List.of(Cell.of("ACME"))), new Paging(2, 20, 50), null);
        String html = Html.render(Page.of("Customers", t), ctx(query, null));

        assertTrue(html, html.contains(
                "<a href=\"neiqin-customers?q=acme+corp&amp;grade=A&amp;grade=B&amp;page=1\">toolkit.previous</a>"));
        assertTrue(html, html.contains(
                "<a href=\"neiqin-customers?q=acme+corp&amp;grade=A&amp;grade=B&amp;page=3\">toolkit.next</a>"));
        assertFalse("the CSRF token never goes into a link", html.contains("leak"));
    }

    @Test
    public void firstAndLastPageHaveOnlyOneDirection() {
        Table first = new Table(List.of("Name"), List.of(), new Paging(1, 20, 50), null);
        String h1 = Html.render(Page.of("C", first), ctx());
        assertFalse(h1, h1.contains("toolkit.previous"));
        assertTrue(h1, h1.contains("page=2\">toolkit.next"));

        Table last = new Table(List.of("Name"), List.of(), new Paging(3, 20, 50), null);
        String h3 = Html.render(Page.of("C", last), ctx());
        assertTrue(h3, h3.contains("page=2\">toolkit.previous"));
        assertFalse(h3, h3.contains("toolkit.next"));
    }

    @Test
    public void pageTextIsFilledWithNumbers() {
        Html.Context c = new Html.Context("neiqin-customers", TOKEN, Map.of(), null,
                k -> k.equals("toolkit.page") ? "Page {0} of {1} ({2} rows)" : k);
        Table t = new Table(List.of("Name"), List.of(), new Paging(2, 20, 50), null);
        assertTrue(Html.render(Page.of("C", t), c).contains("Page 2 of 3 (50 rows)"));
    }

    @Test
    public void exportLinkKeepsFiltersButDropsTheCsrfToken() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("q", List.of("x&y"));
        query.put("_csrf", List.of("leak"));
        Table t = new Table(List.of("Name"), List.of(), null, "customers");
        String html = Html.render(Page.of("C", t), ctx(query, null));
        assertTrue(html, html.contains("href=\"neiqin-customers?q=x%26y&amp;export=customers\""));
        assertFalse(html, html.contains("leak"));
    }

    @Test
    public void aRejectedFormIsDrawnAgainWithWhatWasTypedAndEachErrorBesideItsField() {
        Form search = Form.filter("Filter", List.of(Field.text("q", "Text", "")));
        Form contact = Form.action("Add contact", List.of(Field.hidden("id", "7"), Field.text("name", "Name", ""),
                Field.text("email", "E-mail", "")));
        Form card = Form.action("Save", List.of(Field.hidden("version", "3"), Field.text("fullName", "Full name", "Acme"),
                Field.text("lines", "Lines", "")));
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(Html.FORM_FIELD, "1");
        posted.put("version", "2");
        posted.put("fullName", "某某编码公司");
        posted.put("lines", "steel | 3 | t");
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("lines[1].quantity", "row 1: quantity is not a number");
        errors.put("customer", "no customer with id 9");
        Html.Refill refill = new Html.Refill(posted, errors);
        String html = Html.render(Page.of("Card", search, contact, card),
                ctx().withActionQuery("id=7&tab=edit").withRefill(refill));
        assertTrue("the page held the form that was sent", refill.used());
        assertTrue(html, html.contains("value=\"某某编码公司\""));
        assertTrue("the version as loaded, so a change made meanwhile is still caught: " + html,
                html.contains("name=\"version\" value=\"2\""));
        assertTrue("an error of a part of a field stands beside the field: " + html, html.matches(
                "(?s).*name=\"lines\" value=\"steel \\| 3 \\| t\"> <span class=\"neiqin-error[^>]*>row 1: quantity is not a number</span>.*"));
        assertTrue("an error of no field of the form stands above it: " + html,
                html.contains("<p class=\"neiqin-error ui-state-error\">no customer with id 9</p>"));
        assertFalse("the other POST form keeps its own values", html.contains("name=\"email\" value=\"某某"));
        assertTrue("POST forms are sent under the query they were drawn with: " + html,
                html.contains("method=\"post\" action=\"neiqin-customers?id=7&amp;tab=edit\""));
        assertTrue("the filter form still filters the page itself", html.contains("method=\"get\" action=\"neiqin-customers\""));

        Html.Refill elsewhere = new Html.Refill(Map.of(Html.FORM_FIELD, "5"), errors);
        Html.render(Page.of("Card", card), ctx().withRefill(elsewhere));
        assertFalse("a page without the form that was sent says so (the toolkit then tells the errors in a message)",
                elsewhere.used());
    }
}
