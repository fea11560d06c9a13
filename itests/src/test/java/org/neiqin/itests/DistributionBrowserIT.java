package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
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
    private static final int PORT = 18281;
    private static final String HOST = "localhost:" + PORT;
    private static Process karaf;
    private static WebDriver browser;
    private static Path home;

    @BeforeClass
    public static void startNeiqinAndBrowser() throws Exception {
        home = Path.of(System.getProperty("neiqin.build", "target"), "neiqin-dist",
                "neiqin-distribution-" + System.getProperty("neiqin.version", "0.1.0-SNAPSHOT"));
        assertTrue("the distribution is unpacked at " + home, Files.isDirectory(home));
        KarafOptions.requireFree(PORT);
        // a fresh start every run: no database, lock or instance record left by an earlier run
        for (String dir : List.of("data", "instances")) {
            deleteTree(home.resolve(dir));
        }
        for (File f : home.resolve("bin").toFile().listFiles()) {
            f.setExecutable(true);
        }
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(PORT));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", "18201");
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", "11199");
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", "44455");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("karaf-console.log").toFile());
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        karaf = pb.start();
        awaitConsole(180);

        for (String exe : List.of("/usr/bin/chromium", "/usr/bin/chromedriver")) {
            assertTrue(exe + " is missing: install Debian's chromium and chromium-driver (.ci/run does)",
                    new File(exe).canExecute());
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        Path profile = Files.createTempDirectory("neiqin-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (karaf != null) {
            // bin/karaf runs Java as its child: stop that JVM (a clean Karaf shutdown), not just the script
            List<ProcessHandle> jvms = karaf.descendants().collect(Collectors.toList());
            jvms.forEach(ProcessHandle::destroy);
            karaf.destroy();
            for (ProcessHandle p : jvms) {
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    p.destroyForcibly();
                }
            }
            if (!karaf.waitFor(30, TimeUnit.SECONDS)) {
                karaf.destroyForcibly();
            }
        }
    }

    @Test
    public void anAssistantLogsInAndSeesTheNeiqinHomePageWithTheInstalledModules() {
        browser.get("http://assistant:assistant@" + HOST + "/system/console/neiqin");
        assertEquals("Neiqin — sales back office", browser.findElement(By.cssSelector("h2.neiqin-title")).getText());
        assertTrue(browser.findElement(By.cssSelector(".neiqin p")).getText().contains("assistant"));
        List<String> modules = browser.findElements(By.cssSelector("table.neiqin-table tbody tr td:first-child"))
                .stream().map(WebElement::getText).collect(Collectors.toList());
        assertTrue("installed modules listed: " + modules, modules.contains("core"));
        String states = browser.findElement(By.cssSelector("table.neiqin-table tbody")).getText();
        assertTrue(states, states.contains("ACTIVE"));

        browser.findElement(By.linkText("My reviews")).click();
        assertEquals("Documents waiting for my review",
                browser.findElement(By.cssSelector("h2.neiqin-title")).getText());

        browser.findElement(By.linkText("中文")).click();
        assertEquals("待我复核的单据", browser.findElement(By.cssSelector("h2.neiqin-title")).getText());
        browser.get("http://" + HOST + "/system/console/neiqin");
        assertEquals("the language choice is remembered", "内勤 —— 销售后台",
                browser.findElement(By.cssSelector("h2.neiqin-title")).getText());
    }

    private static void awaitConsole(int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://" + HOST + "/system/console/neiqin"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "assistant:assistant".getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int last = -1;
        while (System.nanoTime() < end) {
            assertTrue("Karaf exited early; see " + home.resolve("karaf-console.log"), karaf.isAlive());
            try {
                last = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still booting
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        throw new AssertionError("the Neiqin console did not answer 200 within " + seconds + " s (last " + last + ")");
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
