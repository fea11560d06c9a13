package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.neiqin.testing.Database;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Node;
import org.neiqin.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The built distribution, started as a user starts it ({@code bin/karaf server}), seen through a
 * real headless Chromium: a sales assistant (no Karaf admin role) logs in to the web console and
 * finds the Neiqin home page with the installed modules, in English and in Chinese.
 */
public class DistributionBrowserIT {
    /** Free ports: a build never depends on what else runs on the machine (a Neiqin started by hand, another test). */
    private static final int PORT = KarafOptions.freePort();
    private static final String HOST = "localhost:" + PORT;
    private static Process karaf;
    private static WebDriver browser;
    private static Path home;
    /** On PostgreSQL: the way to the database, closed while Neiqin first starts. */
    private static TcpRelay relay;

    @BeforeClass
    public static void startNeiqinAndBrowser() throws Exception {
        home = Path.of(System.getProperty("neiqin.build", "target"), "neiqin-dist",
                "neiqin-distribution-" + System.getProperty("neiqin.version", "0.2.0-SNAPSHOT"));
        assertTrue("the distribution is unpacked at " + home, Files.isDirectory(home));
        KarafOptions.requireFree(PORT);
        // a fresh start every run: no database, lock or instance record left by an earlier run
        for (String dir : List.of("data", "instances")) {
            deleteTree(home.resolve(dir));
        }
        Files.deleteIfExists(home.resolve("karaf-console.log"));
        // the datasource as the distribution first makes it (Derby), whatever an earlier run switched it to
        Files.deleteIfExists(home.resolve("etc/org.ops4j.datasource-neiqin.cfg"));
        for (File f : home.resolve("bin").toFile().listFiles()) {
            f.setExecutable(true);
        }
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(PORT));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(KarafOptions.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(KarafOptions.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(KarafOptions.freePort()));
        startKaraf();
        awaitNeiqin(180);
        if (Database.postgres()) {
            switchToPostgresql();
        }

        for (String exe : List.of("/usr/bin/chromium", "/usr/bin/chromedriver")) {
            assertTrue(exe + " is missing: install Debian's chromium and chromium-driver (.ci/run does)",
                    new File(exe).canExecute());
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        Path profile = Files.createTempDirectory("neiqin-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--lang=en-US", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * Started as the README says, in the foreground with its local console: util-linux's script gives
     * it the terminal a person would type into.
     */
    private static void startKaraf() throws IOException {
        assertTrue("util-linux's script is missing", new File("/usr/bin/script").canExecute());
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", "bin/karaf", "/dev/null").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("karaf-console.log").toFile()));
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        karaf = pb.start();
    }

    /**
     * What the README's "Running on PostgreSQL" says, on this distribution that already holds the
     * demo data in Derby: install the driver feature from the shell, stop, replace the datasource's
     * configuration, start. The PostgreSQL database starts empty (the demo data is loaded into it).
     */
    private static void switchToPostgresql() throws Exception {
        await("/system/console/neiqin-contracts", 120);
        // the README's form for scripts: the commands on the client's stdin, batch mode (-b). Given as an argument
        // with stdin not a terminal, Karaf 4.4's client prints "Closed", runs nothing and exits 0.
        ShellRun install = shell("feature:install neiqin-postgresql");
        assertEquals(install.output(), 0, install.exit());
        // a client that ran nothing exits 0 too: the feature must be there
        String installed = shell("feature:list -i").output();
        assertTrue("the shell installed the driver feature: " + installed, installed.contains("neiqin-postgresql"));
        stopKaraf();
        Database.Target db = Database.fresh();
        // reached through a port that refuses connections at first: PostgreSQL is down when Neiqin starts
        URI server = URI.create(db.url().substring("jdbc:".length()));
        relay = new TcpRelay(server.getHost(), server.getPort());
        Database.Target late = new Database.Target("jdbc:postgresql://127.0.0.1:" + relay.port() + server.getPath(),
                db.user(), db.password());
        Files.write(home.resolve("etc/org.ops4j.datasource-neiqin.cfg"), Database.cfgLines(late));
        startKaraf();
        String waiting = Wait.until("the Modules page saying the modules wait for the database", 180, () -> {
            try {
                return new String(download("admin", "/system/console/neiqin-modules?lang=en").body(), StandardCharsets.UTF_8);
            } catch (Exception notYet) {
                return "";
            }
        }, page -> page.contains("WAITING FOR THE DATABASE"));
        assertTrue(waiting, waiting.contains("Database: not reachable"));
        // PostgreSQL comes up: Neiqin migrates and starts its modules without a restart
        relay.open();
        awaitNeiqin(180);
        String modules = new String(download("admin", "/system/console/neiqin-modules?lang=en").body(), StandardCharsets.UTF_8);
        assertTrue("the distribution now stores in PostgreSQL: " + modules, modules.contains("Database: PostgreSQL"));
    }

    private record ShellRun(int exit, String output) {
    }

    /** Runs {@code commands} the way the README says a script does: {@code bin/client -u admin -p admin -b}, commands on stdin. */
    private static ShellRun shell(String... commands) throws IOException, InterruptedException {
        Process client = new ProcessBuilder("bin/client", "-u", "admin", "-p", "admin", "-r", "10", "-b")
                .directory(home.toFile()).redirectErrorStream(true).start();
        try (java.io.OutputStream in = client.getOutputStream()) {
            in.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String said = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ShellRun(client.waitFor(), said);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        stopKaraf();
        if (relay != null) {
            relay.close();
        }
    }

    private static void stopKaraf() {
        Node.stopTree(karaf);
        karaf = null;
    }

    /** Saves what the browser shows under target/screenshots, for a person to look at. */
    private static void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("neiqin.build", "target"), "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** @return the page's resources that answered 4xx or 5xx (style sheets, scripts, images). */
    @SuppressWarnings("unchecked")
    private static List<Object> failedResources() {
        return (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.responseStatus >= 400)"
                        + ".map(e => e.name + ' ' + e.responseStatus);");
    }

    /** @return the page's title; when there is none, fails naming the address and what the page shows instead. */
    private static String title() throws IOException {
        List<WebElement> h = browser.findElements(By.cssSelector("h2.neiqin-title"));
        if (h.isEmpty()) {
            screenshot("no-title");
            throw new AssertionError("no page title at " + browser.getCurrentUrl() + " (\"" + browser.getTitle()
                    + "\"): " + browser.findElement(By.tagName("body")).getText());
        }
        return h.get(0).getText();
    }

    private static List<String> menu() {
        return browser.findElements(By.cssSelector("#navmenu > li > a")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    @Test
    public void anAssistantWorksInAStyledConsoleWithOnlyTheirOwnPages() throws Exception {
        await("/system/console/neiqin-contracts", 120);
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin?lang=en");
        assertEquals("Neiqin — sales back office", title());
        assertTrue(browser.findElement(By.cssSelector(".neiqin p")).getText().contains("assistant"));
        screenshot("assistant-home");
        assertEquals("every style sheet, script and image answered", List.of(), failedResources());
        WebElement item = browser.findElement(By.cssSelector("#navmenu li.navMenuItem-0"));
        assertEquals("the console's style sheet lays the menu out in a row", "inline-block", item.getCssValue("display"));
        assertTrue("the console's scripts ran (jQuery UI made the menu)",
                browser.findElement(By.id("navmenu")).getAttribute("class").contains("ui-menu"));
        assertEquals("the assistant's menu: Neiqin's pages they may open, none of Karaf's",
                List.of("Home", "My reviews", "Customers", "Customer follow-up", "Customer report", "Customer import",
                        "Contracts and orders", "Planning board", "Contract statistics", "Delivery notes", "Carriers", "Materials sent",
                        "Delivery reports", "Invoices", "Receipts", "Collection", "Statements of account", "Receivables", "Expense claims", "Investment leads", "Products",
                        "Price lists", "Unit-price requests", "Log out"), menu());
        String work = browser.findElement(By.cssSelector("table.neiqin-table")).getText();
        assertTrue("the home page counts the work waiting: " + work, work.contains("Reviews waiting for my decision")
                && work.contains("Visits and return calls overdue") && work.contains("held over the credit limit"));

        browser.findElement(By.linkText("Customers")).click();
        screenshot("assistant-customers");
        assertEquals(List.of(), failedResources());
        browser.findElement(By.linkText("C00001")).click();
        assertTrue(title().contains("沈阳北方机械制造有限公司"));
        screenshot("assistant-customer-card");

        browser.findElement(By.linkText("Contracts and orders")).click();
        List<WebElement> documents = browser.findElements(By.cssSelector("table.neiqin-table tbody tr td:first-child a"));
        assertTrue("the demo contracts and orders are there", documents.size() >= 3);
        screenshot("assistant-contracts");
        documents.get(0).click();
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("neiqin-contract?id="));
        assertEquals(List.of(), failedResources());
        screenshot("assistant-contract");

        browser.findElement(By.linkText("My reviews")).click();
        assertEquals("Documents waiting for my review",
                title());

        browser.findElement(By.linkText("中文")).click();
        assertEquals("待我复核的单据", title());
        // the address carries the user again (headless Chromium has no password prompt to answer a
        // second challenge); the language comes from the cookie alone
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin");
        assertEquals("the language choice is remembered", "内勤 —— 销售后台",
                title());
        assertTrue("the menu is in Chinese: " + menu(), menu().containsAll(List.of("首页", "我的复核", "客户档案", "合同与订单")));
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin-contract?id=987654");
        assertTrue(browser.getTitle(), browser.getTitle().contains("合同/订单"));
        assertEquals("单据 987654 不存在", browser.findElement(By.cssSelector(".neiqin-notice")).getText());
        screenshot("assistant-zh-error");
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin?lang=en");
    }

    /** Waits for the page's script: up to 10 s for {@code ready} to hold. */
    private static void awaitInPage(String what, java.util.function.BooleanSupplier ready) {
        Wait.until(what, 10, () -> ready.getAsBoolean(), ok -> ok);
    }

    @Test
    public void anOrderIsTypedAsAGridForACustomerFoundByName() throws Exception {
        await("/system/console/neiqin-contract-edit?kind=ORDER", 120);
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin-contract-edit?kind=ORDER&lang=en");
        WebElement customer = browser.findElement(By.id("f-customerId"));
        assertEquals("nothing is chosen for the user", "", customer.getAttribute("value"));
        assertEquals("", browser.findElement(By.id("f-customerId-key")).getAttribute("value"));
        customer.sendKeys("北方机械");
        awaitInPage("customers suggested as the name is typed", () -> !browser.findElements(
                By.cssSelector("#f-customerId-list option")).isEmpty());
        String offered = browser.findElement(By.cssSelector("#f-customerId-list option")).getAttribute("value");
        assertTrue(offered, offered.startsWith("C00001") && offered.contains("沈阳北方机械制造有限公司"));
        // what the browser does when a suggestion is picked: its text in the box
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", customer, offered);
        awaitInPage("the picked customer's key in the form", () -> !browser.findElement(By.id("f-customerId-key"))
                .getAttribute("value").isEmpty());

        // the first line names a product of the catalogue (neiqin-all installs it): found by its code, it fills the
        // row's name, specification and unit
        WebElement product = browser.findElement(By.name("lines[0].productId.shown"));
        product.sendKeys("LWG-HRB400");
        awaitInPage("products suggested as the code is typed", () -> !browser.findElements(
                By.cssSelector("#g-lines-productId-list option")).isEmpty());
        String rebar = browser.findElement(By.cssSelector("#g-lines-productId-list option")).getAttribute("value");
        assertTrue(rebar, rebar.startsWith("LWG-HRB400-16 螺纹钢"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", product, rebar);
        awaitInPage("the product's name fills the row", () -> "螺纹钢".equals(browser.findElement(
                By.name("lines[0].product")).getAttribute("value")));
        assertEquals("t", browser.findElement(By.name("lines[0].unit")).getAttribute("value"));
        assertEquals("HRB400E Φ16", browser.findElement(By.name("lines[0].spec")).getAttribute("value"));
        browser.findElement(By.name("lines[0].quantity")).sendKeys("2");
        browser.findElement(By.name("lines[0].unitPrice")).sendKeys("20000.50");
        browser.findElement(By.cssSelector("button.neiqin-add")).click();
        browser.findElement(By.name("lines[1].product")).sendKeys("电缆");
        browser.findElement(By.name("lines[1].quantity")).sendKeys("1.5");
        browser.findElement(By.name("lines[1].unit")).sendKeys("km");
        browser.findElement(By.name("lines[1].unitPrice")).sendKeys("1000");
        assertEquals("each row's amount and the total as they are typed", "41,501.00",
                browser.findElement(By.cssSelector(".neiqin-total")).getText());
        browser.findElement(By.cssSelector("button.neiqin-add")).click();
        browser.findElement(By.name("lines[2].product")).sendKeys("多余的一行");
        browser.findElements(By.cssSelector("button.neiqin-remove")).get(2).click();
        assertTrue("a row is removed", browser.findElements(By.name("lines[2].product")).isEmpty());
        screenshot("assistant-order-grid");
        browser.findElement(By.cssSelector("form.neiqin-post button[type=submit]")).click();
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("neiqin-contract?id="));
        String page = browser.findElement(By.cssSelector(".neiqin")).getText();
        assertTrue("the draft holds both rows, 20000.50 as typed: " + page, page.contains("41,501.00 CNY")
                && page.contains("20,000.50 CNY") && page.contains("沈阳北方机械制造有限公司"));
        assertTrue("the chosen product's code stands on its line: " + page, page.contains("LWG-HRB400-16")
                && page.contains("螺纹钢") && page.contains("电缆"));
        assertTrue("the customer's monthly settlement, not credit: " + page, page.contains("Monthly settlement")
                || page.contains("monthly settlement"));
        assertTrue("who prepared it, by name (etc/org.neiqin.people.cfg, UTF-8): " + page, page.contains("李娜"));
        assertEquals("amounts stand right-aligned, their digits under each other", "right", browser.findElement(
                By.cssSelector("table.neiqin-table td.neiqin-number")).getCssValue("text-align"));
        screenshot("assistant-order-draft");
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin-contract-edit?kind=ORDER&lang=zh");
        screenshot("assistant-order-grid-zh");
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin?lang=en");
    }

    @Test
    public void aRejectedFormComesBackWithWhatWasTypedAndTheErrorBesideTheField() throws IOException {
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin-customer?new=1&lang=en");
        browser.findElement(By.id("f-fullName")).sendKeys("某某编码公司");
        browser.findElement(By.id("f-email")).sendKeys("not-an-email");
        WebElement send = browser.findElement(By.cssSelector("form.neiqin-form button[type=submit]"));
        send.click();
        // the page that comes back is a new one: read it once the old one is gone, not while it is still there
        awaitInPage("the refused form drawn again", () -> {
            try {
                send.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
        assertEquals("what was typed is still there", "某某编码公司",
                browser.findElement(By.id("f-fullName")).getAttribute("value"));
        assertEquals("not-an-email", browser.findElement(By.id("f-email")).getAttribute("value"));
        WebElement error = browser.findElement(By.xpath("//input[@id='f-email']/following-sibling::span[1]"));
        assertTrue(error.getText(), error.getAttribute("class").contains("neiqin-error")
                && error.getText().contains("not an e-mail address"));
        screenshot("assistant-form-rejected");
        browser.findElement(By.linkText("Customers")).click();
        assertTrue("nothing was stored", browser.findElements(By.linkText("某某编码公司")).isEmpty()
                && !browser.getPageSource().contains("某某编码公司"));
    }

    /**
     * Someone from outside, without a login, reads the published offers and sends the inquiry form; a wrong phone number
     * comes back beside its field with what was typed; the inquiry then reaches the office's list of leads.
     */
    @Test
    public void anInquiryIsSentFromThePublicPageWithoutALogin() throws Exception {
        browser.get("http://" + HOST + "/neiqin/public/leads");
        assertTrue(browser.getTitle(), browser.getTitle().contains("招商合作"));
        assertTrue("the demo's published offer is shown", browser.getPageSource().contains("辽宁省区域经销商招募"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("offer"))).selectByIndex(1);
        browser.findElement(By.id("company")).sendKeys("营口浏览器测试公司");
        browser.findElement(By.id("contact")).sendKeys("周");
        browser.findElement(By.id("phone")).sendKeys("12");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("region"))).selectByValue("LN");
        assertFalse("the honeypot is not for people", browser.findElement(By.id("website")).isDisplayed());
        WebElement send = browser.findElement(By.cssSelector("form button[type=submit]"));
        send.click();
        awaitInPage("the refused form drawn again", () -> browser.getPageSource().contains("five digits"));
        assertEquals("营口浏览器测试公司", browser.findElement(By.id("company")).getAttribute("value"));
        WebElement phone = browser.findElement(By.id("phone"));
        phone.clear();
        phone.sendKeys("0417-555 6789");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitInPage("the thanks", () -> browser.getPageSource().contains("Thank you"));
        screenshot("public-inquiry-sent");
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin-leads?lang=en&q="
                + java.net.URLEncoder.encode("营口浏览器测试公司", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue("the inquiry is a lead in the office's list", browser.getPageSource().contains("营口浏览器测试公司"));
        screenshot("assistant-leads");
    }

    @Test
    public void theLocalConsoleUserRunsWhatTheBannerSaysAndChineseColumnsLineUp() throws Exception {
        assertTrue("one etc/, no stray assembly/ folder", !Files.exists(home.resolve("assembly")));
        Path log = home.resolve("karaf-console.log");
        await("/system/console/neiqin-customers", 120);
        java.io.OutputStream console = karaf.getOutputStream();
        console.write("neiqin:modules\r".getBytes(StandardCharsets.UTF_8));
        console.flush();
        String modules = awaitInLog(log, "crm ", 30);
        assertFalse(modules, modules.contains("lacks the permission"));
        assertTrue(modules, modules.contains("contracts") && modules.contains("ACTIVE"));
        console.write("crm:list\r".getBytes(StandardCharsets.UTF_8));
        console.flush();
        String list = awaitInLog(log, "of 12 customers", 30).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
        // the code column's separator stands at the same column on every row, Chinese or not
        List<Integer> separators = new java.util.ArrayList<>();
        for (String line : list.split("\r?\n")) {
            if (line.contains("沈阳北方机械制造有限公司") || line.contains("Harbour Light Trading Ltd.")) {
                int end = -1;
                for (int i = 0; i < 3; i++) {
                    end = line.indexOf(" | ", end + 1);
                }
                separators.add(org.neiqin.api.shell.TextTable.width(line.substring(0, end)));
            }
        }
        assertEquals("rows found: " + list, 2, separators.size());
        assertEquals("the name column ends at the same terminal column: " + list, separators.get(0), separators.get(1));
    }

    private static HttpResponse<byte[]> download(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + HOST + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void anExcelExportHoldsTheSameRowsAsTheCsvExportTypedAndIsAudited() throws Exception {
        await("/system/console/neiqin-customers", 120);
        String list = "/system/console/neiqin-customers?export=customers";
        HttpResponse<byte[]> csv = download("assistant", list);
        HttpResponse<byte[]> xlsx = download("assistant", list + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        List<String> csvCodes = new java.util.ArrayList<>();
        for (String line : new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n")) {
            csvCodes.add(line.substring(0, line.indexOf(',')));
        }
        List<List<String>> rows = XlsxRows.read(xlsx.body());
        assertEquals("the same rows, header included, in the same order", csvCodes,
                rows.stream().map(r -> r.get(0)).collect(Collectors.toList()));
        assertTrue("the 12 demo customers and the header: " + csvCodes, csvCodes.size() == 13);
        assertTrue(rows.stream().anyMatch(r -> "沈阳北方机械制造有限公司".equals(r.get(1))));
        String trail = new String(download("admin", "/system/console/neiqin-audit?lang=en").body(), StandardCharsets.UTF_8);
        assertTrue("the Excel export is in the audit trail like the CSV one: " + trail,
                trail.contains("customers.xlsx") && trail.contains("customers.csv"));
    }

    @Test
    public void aManagerReadsTheReviewInboxInEitherLanguageTitlesAndTypesIncluded() throws Exception {
        await("/system/console/neiqin-contracts", 120);
        String zh = new String(download("manager", "/system/console/neiqin-reviews?lang=zh").body(), StandardCharsets.UTF_8);
        assertTrue("the demo's credit hold, all in Chinese: " + zh, zh.contains("超信用额度审批")
                && zh.contains("信用审批：销售订单") && zh.contains("超出额度"));
        assertFalse("no pattern left unfilled: " + zh, zh.matches("(?s).*\\{[0-9]\\}.*"));
        assertFalse(zh, zh.contains("Credit:") || zh.contains("contracts.credit"));
        String en = new String(download("manager", "/system/console/neiqin-reviews?lang=en").body(), StandardCharsets.UTF_8);
        assertTrue(en, en.contains("Credit approval") && en.contains("Credit: Sales order"));
    }

    private static String awaitInLog(Path log, String text, int seconds) {
        return Wait.until("'" + text + "' in the console (" + log + ")", seconds, () -> {
            try {
                return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, content -> content.contains(text));
    }

    /**
     * Neiqin as its users meet it once it has started: every page of the assistant's menu answers
     * (the console itself answers earlier, while the modules still start) and the demo data is loaded
     * (the manager's inbox holds the demo's credit hold).
     */
    private static void awaitNeiqin(int seconds) {
        for (String page : List.of("neiqin", "neiqin-reviews", "neiqin-customers", "neiqin-customer-followup",
                "neiqin-customer-report", "neiqin-customer-import", "neiqin-contracts", "neiqin-contract-stats")) {
            await("/system/console/" + page, seconds);
        }
        for (String list : org.neiqin.testing.Node.EVERY_MODULE) {
            await(list, seconds);
        }
        Wait.until("the demo data's credit hold in the manager's inbox", seconds, () -> {
            try {
                return new String(download("manager", "/system/console/neiqin-reviews?lang=en").body(), StandardCharsets.UTF_8);
            } catch (Exception notYet) {
                return "";
            }
        }, inbox -> inbox.contains("Credit approval"));
    }

    /** Waits until {@code path} answers 200 to the assistant; fails at once when Karaf has exited. */
    private static void await(String path, int seconds) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://" + HOST + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "assistant:assistant".getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build();
        Wait.until(path + " answering 200", seconds, () -> {
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf exited early; see " + home.resolve("karaf-console.log"));
            }
            try {
                return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYetListening) {
                throw new IllegalStateException("not listening yet", notYetListening);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, status -> status == 200);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing an existing line. */
    private static void set(Path cfg, String key, String value) throws IOException {
        List<String> lines = Files.exists(cfg) ? Files.readAllLines(cfg) : new java.util.ArrayList<>();
        lines.removeIf(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "="));
        lines.add(key + " = " + value);
        Files.write(cfg, lines);
    }
}
