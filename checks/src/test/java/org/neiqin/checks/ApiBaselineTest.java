package org.neiqin.checks;

import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The API baseline (README "API versions") is a build step, so it is proved the way the build runs
 * it: Maven builds a copy of {@code api/} in which a method of a published interface is renamed while
 * its package keeps its version, and the build must fail, naming the package and the major version
 * it needed.
 */
public class ApiBaselineTest {
    private static final Path ROOT = Paths.get(System.getProperty("neiqin.root", "..")).toAbsolutePath().normalize();

    @Test
    public void aBreakingChangeWithoutAMajorVersionFailsTheBuild() throws Exception {
        Path copy = Paths.get("target", "broken-api").toAbsolutePath();
        copyTree(ROOT.resolve("api"), copy);
        // the copy's parent is the project's own pom, so it is checked exactly as api/ is
        Path pom = copy.resolve("pom.xml");
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        Files.writeString(pom, text.replace("</parent>", "  <relativePath>" + ROOT.resolve("pom.xml") + "</relativePath>\n  </parent>"),
                StandardCharsets.UTF_8);
        Path ids = copy.resolve("src/main/java/org/neiqin/api/ids/IdService.java");
        String service = Files.readString(ids, StandardCharsets.UTF_8);
        assertTrue("the interface the test breaks is still there", service.contains("long next(IdRun run);"));
        Files.writeString(ids, service.replace("long next(IdRun run);", "long nextId(IdRun run);"), StandardCharsets.UTF_8);

        Result r = maven(copy, "-o", "-B", "verify", "-DskipTests");
        assertNotEquals("the broken copy must not build:\n" + r.output, 0, r.exit);
        assertTrue("the failure names the package, the version it needs, the member that changed, the file to edit and"
                + " the report:\n" + r.output, r.output.contains("org.neiqin.api.ids is at 0.")
                && r.output.contains("needs 1.0.0")
                && r.output.contains("org.neiqin.api.ids.IdService.next(org.neiqin.api.ids.IdRun) removed")
                && r.output.contains("org/neiqin/api/ids/package-info.java")
                && r.output.contains("baseline.xml") && r.output.contains("Baseline failed"));
    }

    private record Result(int exit, String output) {
    }

    private static Result maven(Path dir, String... args) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home");
        List<String> command = new ArrayList<>();
        command.add(home == null ? "mvn" : new File(home, "bin/mvn").getPath());
        command.addAll(List.of(args));
        Path log = dir.resolve("build.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the build of the copy did not end within 5 minutes");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("target")) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
