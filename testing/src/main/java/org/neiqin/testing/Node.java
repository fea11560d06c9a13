package org.neiqin.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One Neiqin distribution unpacked from its tar.gz into a directory of its own, on ports of its own,
 * started as an operator starts a server ({@code bin/karaf server}) and stopped cleanly: what the
 * benchmark measures and what the cluster test runs two of.
 */
public final class Node {
    /** The ports a node listens on: the console and REST, the SSH shell, JMX's registry and server. */
    public record Ports(int http, int ssh, int rmiRegistry, int rmiServer) {
        /** @return four ports nothing listens on now: a test never depends on what else runs on the machine */
        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort());
        }
    }

    private final Path home;
    private final Ports ports;
    private Process script;
    private long startedNanos;

    private Node(Path home, Ports ports) {
        this.home = home;
        this.ports = ports;
    }

    /** The distribution's tar.gz as {@code mvn install} left it in the local repository. */
    public static Path distribution() {
        String version = System.getProperty("neiqin.version", "0.2.0-SNAPSHOT");
        String m2 = System.getProperty("neiqin.m2", System.getProperty("user.home") + "/.m2/repository");
        return Path.of(m2, "org", "neiqin", "neiqin-distribution", version, "neiqin-distribution-" + version + ".tar.gz");
    }

    /** Unpacks {@code tarGz} into {@code dir} (emptied first) and sets the node's ports in its {@code etc/}. */
    public static Node unpack(Path tarGz, Path dir, Ports ports) throws IOException, InterruptedException {
        run(List.of("rm", "-rf", dir.toString()));
        Files.createDirectories(dir);
        run(List.of("tar", "xzf", tarGz.toString(), "-C", dir.toString(), "--strip-components=1"));
        Node node = new Node(dir, ports);
        node.set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(ports.http()));
        node.set("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ports.ssh()));
        node.set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(ports.rmiRegistry()));
        node.set("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(ports.rmiServer()));
        return node;
    }

    public Path home() {
        return home;
    }

    public Ports ports() {
        return ports;
    }

    /** @return {@code http://localhost:<http port>} */
    public String base() {
        return "http://localhost:" + ports.http();
    }

    /** Sets {@code key = value} in a properties/cfg file of this home, replacing an existing line. */
    public void set(String file, String key, String value) throws IOException {
        Path cfg = home.resolve(file);
        List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg)) : new ArrayList<>();
        lines.removeIf(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "="));
        lines.add(key + " = " + value);
        Files.write(cfg, lines);
    }

    public void append(String file, String text) throws IOException {
        Files.writeString(home.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND,
                StandardOpenOption.CREATE);
    }

    /**
     * Points a home that has never started at a PostgreSQL database: the datasource configuration the
     * README shows, and the driver feature among the features the home boots (on a home that has booted
     * already, the README's {@code feature:install neiqin-postgresql} does the same).
     */
    public void usePostgresql(Database.Target db) throws IOException {
        Files.write(home.resolve("etc/org.ops4j.datasource-neiqin.cfg"), Database.cfgLines(db));
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        String text = Files.readString(features);
        if (!text.contains("neiqin-postgresql")) {
            Files.writeString(features, text.replaceFirst("(?m)^(\\s*)(neiqin-all/)", "$1neiqin-postgresql, \\\\\n$1$2"));
        }
    }

    /**
     * @return the lines of this node's log ({@code data/log/karaf.log*}) that contain {@code text}, each with the
     *         {@code after} lines that follow it (its stack): what a test shows when the node answered what it should not
     */
    public String log(String text, int after) {
        StringBuilder out = new StringBuilder();
        try (java.util.stream.Stream<Path> logs = Files.list(home.resolve("data/log"))) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("karaf.log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(text)) {
                        for (int j = i; j < Math.min(lines.size(), i + 1 + after); j++) {
                            out.append(lines.get(j)).append('\n');
                        }
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            out.append("(the log of ").append(home).append(" could not be read: ").append(e).append(")\n");
        }
        return out.toString();
    }

    /** Starts {@code bin/karaf server}; what it prints goes to {@code console.log} in the home. */
    public void start() throws IOException {
        for (File f : home.resolve("bin").toFile().listFiles()) {
            f.setExecutable(true);
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        // as the Pax Exam tests' Karaf (KarafOptions): the quick compiler alone, for a node that lives minutes
        pb.environment().putIfAbsent("EXTRA_JAVA_OPTS", KarafOptions.QUICK_JIT);
        startedNanos = System.nanoTime();
        script = pb.start();
    }

    /** @return {@link System#nanoTime()} when {@link #start()} was called */
    public long startedNanos() {
        return startedNanos;
    }

    /** @return whether the started server still runs */
    public boolean alive() {
        return script != null && script.isAlive();
    }

    /** @return the Karaf JVM (the start script's child) */
    public ProcessHandle jvm() {
        return script.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Karaf JVM below " + script.pid()));
    }

    /** What {@link #shell} gave: the client's exit status and what it printed. */
    public record ShellRun(int exit, String output) {
    }

    /**
     * Runs {@code commands} as the README says a script does, on this node's SSH port: {@code bin/client -a <port> -u
     * admin -p admin -b}, the commands on stdin.
     */
    public ShellRun shell(String... commands) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(ports.ssh()),
                "-u", "admin", "-p", "admin", "-r", "10", "-b").directory(home.toFile()).redirectErrorStream(true).start();
        try (java.io.OutputStream in = client.getOutputStream()) {
            in.write((String.join("\n", commands) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String said = new String(client.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new ShellRun(client.waitFor(), said);
    }

    /** Stops the server cleanly (its JVM first), forcibly after a minute. */
    public void stop() {
        stopTree(script);
        script = null;
    }

    /**
     * Stops a started Karaf: the start script runs Java as its child, so the JVM is asked to stop (a
     * clean Karaf shutdown), not only the script; either is killed when it has not ended in time.
     */
    public static void stopTree(Process script) {
        if (script == null) {
            return;
        }
        List<ProcessHandle> jvms = script.descendants().collect(Collectors.toList());
        jvms.forEach(ProcessHandle::destroy);
        script.destroy();
        for (ProcessHandle p : jvms) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception notEnded) {
                p.destroyForcibly();
            }
        }
        try {
            if (!script.waitFor(30, TimeUnit.SECONDS)) {
                script.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fails at once, and says why, when an earlier test Karaf (or nginx) still holds the port. */
    /** @return a port nothing listens on now */
    /**
     * A REST list of each module the distribution installs: a test waits until every one answers before it starts,
     * since the REST whiteboard rebuilds its application as each module's resources arrive, and answers 404 ("No
     * service was found") for a moment each time.
     */
    public static final java.util.List<String> EVERY_MODULE = java.util.List.of("/neiqin/api/crm/customers?limit=1",
            "/neiqin/api/contracts/documents?limit=1", "/neiqin/api/logistics/notes?limit=1",
            "/neiqin/api/catalog/products?limit=1", "/neiqin/api/invoicing/invoices?limit=1",
            "/neiqin/api/expenses/claims?limit=1", "/neiqin/api/leads/leads?limit=1");

    public static int freePort() {
        // each port is asked of the system and let go at once: the system may hand the same one out again to the next
        // call, and a test Karaf given one port for HTTP and for SSH (or the test's mail server) answers HTTP with
        // another protocol's banner. A port is given out once per test driver.
        for (int tries = 0; tries < 100; tries++) {
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port: " + e, e);
            }
            if (GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port not given out before");
    }

    /** The ports {@link #freePort()} gave out in this test driver. */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public static void requireFree(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket(port)) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use: is a Karaf from an interrupted test run "
                    + "still alive? (pgrep -f org.apache.karaf.main.Main)", e);
        }
    }

    /** Runs a command to its end; fails with what it printed when it does not end well. */
    public static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }
}
