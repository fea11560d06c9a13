package org.neiqin.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.neiqin.testing.Node;

/**
 * One Karaf home unpacked from a tar.gz on the benchmark's ports ({@link Node}), started with
 * {@code bin/karaf server}, measured, stopped.
 */
final class KarafProcess {
    /** Free ports: the benchmark never clashes with a Neiqin started by hand or with a test. */
    static final Node.Ports PORTS = Node.Ports.free();
    static final int HTTP_PORT = PORTS.http();

    private final Node node;

    private KarafProcess(Node node) {
        this.node = node;
    }

    /** Unpacks {@code tarGz} into a fresh directory under {@code work} and sets benchmark ports. */
    static KarafProcess unpack(Path tarGz, Path work, String name) throws IOException, InterruptedException {
        return unpack(tarGz, work, name, PORTS);
    }

    /** Unpacks {@code tarGz} into a fresh directory under {@code work} on the given ports. */
    static KarafProcess unpack(Path tarGz, Path work, String name, Node.Ports ports) throws IOException,
            InterruptedException {
        return new KarafProcess(Node.unpack(tarGz, work.resolve(name), ports));
    }

    Node node() {
        return node;
    }

    Path home() {
        return node.home();
    }

    void set(String file, String key, String value) throws IOException {
        node.set(file, key, value);
    }

    void append(String file, String text) throws IOException {
        node.append(file, text);
    }

    void start() throws IOException {
        node.start();
    }

    /** @return seconds since {@link #start()} until every URL answered 200 with the given user. */
    double awaitReady(Http http, List<String> paths, int timeoutSeconds) throws InterruptedException {
        long end = node.startedNanos() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        List<String> waiting = new ArrayList<>(paths);
        while (!waiting.isEmpty()) {
            if (!node.alive()) {
                throw new IllegalStateException("Karaf in " + node.home() + " exited; see console.log");
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not ready within " + timeoutSeconds + " s: " + waiting);
            }
            waiting.removeIf(p -> http.status("GET", p, null) == 200);
            if (!waiting.isEmpty()) {
                Thread.sleep(100);
            }
        }
        return (System.nanoTime() - node.startedNanos()) / 1e9;
    }

    /** @return the Karaf JVM (the script's child). */
    ProcessHandle jvm() {
        return node.jvm();
    }

    /** Starts a Java Flight Recorder recording (profiling settings) of the Karaf JVM. */
    void startRecording() throws IOException, InterruptedException {
        run(List.of(jcmd(), String.valueOf(jvm().pid()), "JFR.start", "name=benchmark", "settings=profile"));
    }

    /** Writes the recording started by {@link #startRecording()} to {@code file} and ends it. */
    void stopRecording(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        run(List.of(jcmd(), String.valueOf(jvm().pid()), "JFR.stop", "name=benchmark", "filename=" + file.toAbsolutePath()));
    }

    /** @return the heap the Karaf JVM uses now, in MB ({@code jcmd GC.heap_info}); after a full GC when asked */
    double heapUsedMb(boolean gcFirst) throws IOException, InterruptedException {
        String pid = String.valueOf(jvm().pid());
        if (gcFirst) {
            run(List.of(jcmd(), pid, "GC.run"));
        }
        Process p = new ProcessBuilder(jcmd(), pid, "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
        if (!m.find()) {
            throw new IOException("no heap figure in: " + out);
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /**
     * @return CPU seconds the Karaf JVM's JIT compiler threads have used so far, from
     *         {@code /proc/<pid>/task} (threads named "C1/C2 CompilerThre…"; the JVM's perf
     *         counters are off in Karaf's start script)
     */
    double jitSeconds() throws IOException {
        double seconds = 0;
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/" + jvm().pid() + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        seconds += ticks(Files.readString(task.resolve("stat")));
                    }
                } catch (IOException threadEnded) {
                    // compiler threads come and go with the load: one that ended has nothing to count
                }
            }
        }
        return seconds;
    }

    /** @return utime + stime of a proc(5) stat line, in seconds (clock ticks of 1/100 s) */
    private static double ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /** @return CPU seconds (user + system) the Karaf JVM has used so far. */
    double cpuSeconds() throws IOException {
        return ticks(Files.readString(Path.of("/proc/" + jvm().pid() + "/stat")));
    }

    /** @return resident set size in MB after a full GC of the Karaf JVM. */
    double rssAfterGcMb() throws IOException, InterruptedException {
        long pid = jvm().pid();
        run(List.of(jcmd(), String.valueOf(pid), "GC.run"));
        Thread.sleep(500);
        Optional<String> line = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst();
        return Long.parseLong(line.orElseThrow().replaceAll("\\D", "")) / 1024.0;
    }

    void stop() {
        node.stop();
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Node.run(command);
    }
}
