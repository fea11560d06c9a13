package org.neiqin.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of several nodes, run from a directory of its own (no root, nothing of the
 * system's nginx used): the distribution's {@code etc/nginx-neiqin.conf}, as shipped, with the nodes'
 * addresses and the listening port put in.
 */
public final class Nginx implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts nginx on {@code port} (loopback) in front of {@code nodes} with the configuration shipped in
     * {@code shipped} ({@code etc/nginx-neiqin.conf} of a distribution), its files under {@code prefix}.
     */
    public static Nginx start(Path shipped, Path prefix, int port, List<Node> nodes) throws IOException,
            InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's nginx (.ci/run does)");
        }
        Node.requireFree(port);
        Node.run(List.of("rm", "-rf", prefix.toString()));
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        Files.writeString(prefix.resolve("neiqin.conf"), site(Files.readString(shipped), port, nodes));
        String p = prefix.toAbsolutePath().toString();
        String top = String.join("\n",
                "worker_processes 1;",
                "error_log " + p + "/logs/error.log warn;",
                "events { worker_connections 512; }",
                "http {",
                "    access_log " + p + "/logs/access.log;",
                "    client_body_temp_path " + p + "/temp/body;",
                "    proxy_temp_path " + p + "/temp/proxy;",
                "    fastcgi_temp_path " + p + "/temp/fastcgi;",
                "    uwsgi_temp_path " + p + "/temp/uwsgi;",
                "    scgi_temp_path " + p + "/temp/scgi;",
                "    include " + p + "/neiqin.conf;",
                "}", "");
        Files.writeString(prefix.resolve("nginx.conf"), top);
        // run as root (CI), nginx's workers would take the user "nobody"; as anyone else it keeps its own
        String user = "root".equals(System.getProperty("user.name")) ? " user root;" : "";
        Process process = new ProcessBuilder(BINARY.toString(), "-p", p, "-e", p + "/logs/error.log", "-c",
                p + "/nginx.conf", "-g", "daemon off; pid " + p + "/nginx.pid;" + user)
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        Nginx nginx = new Nginx(process, port);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!nginx.listening()) {
            if (!process.isAlive() || System.nanoTime() > end) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log"))
                        + Files.readString(prefix.resolve("logs/error.log")));
            }
            Thread.sleep(100);
        }
        return nginx;
    }

    /** The shipped site configuration with the nodes as the upstream servers and {@code port} to listen on. */
    static String site(String shipped, int port, List<Node> nodes) {
        String servers = nodes.stream().map(n -> "    server 127.0.0.1:" + n.ports().http() + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        String site = shipped.replaceFirst("(?m)^(\\s*server 127\\.0\\.0\\.1:\\d+( max_fails=0)?;\\n)+", servers + "\n")
                .replaceFirst("(?m)^(\\s*)listen 80;", "$1listen 127.0.0.1:" + port + ";");
        if (!site.contains("listen 127.0.0.1:" + port) || !site.contains(servers)) {
            throw new IllegalStateException("etc/nginx-neiqin.conf no longer has the upstream servers and the listen line"
                    + " this test fills in: " + shipped);
        }
        return site;
    }

    private boolean listening() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** @return {@code http://localhost:<port>} */
    public String base() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
