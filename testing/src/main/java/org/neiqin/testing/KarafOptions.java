package org.neiqin.testing;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;

/**
 * A bare Karaf 4.4 with the Neiqin features repository, Neiqin's demo users, and the features
 * named by the test installed by name, as an administrator would.
 */
public final class KarafOptions {
    /** The system property that carries the HTTP port chosen for a test into its Karaf. */
    public static final String PORT_PROPERTY = "neiqin.test.httpPort";
    /**
     * The HTTP port of the Karaf under test, read back inside the container: a free one, chosen for each
     * container by the JVM that configures it (a test class's Karaf never has the port of the class before, whose
     * Karaf may still be stopping), so that a test never depends on what else listens on the machine.
     */
    public static final int HTTP_PORT = Integer.getInteger(PORT_PROPERTY, freePort());
    /**
     * A test's Karaf lives a minute or two: the quick compiler (C1) alone, without C2's threads competing with the boot
     * and the test on two cores (measured 2026-12-07: CoreIT 24.2 s to 15.7 s, OperationsIT 114 s to 70 s). The
     * distribution itself keeps the JVM's default, and the benchmark measures that.
     */
    public static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    public static final String BASE = "http://localhost:" + HTTP_PORT;

    /** Karaf 4.4's boot delegation and {@code javax.naming}, {@code javax.naming.spi} (see the distribution's etc/custom.properties). */
    static final String BOOT_DELEGATION = "com.sun.*, javax.transaction, javax.transaction.xa, javax.xml.crypto,"
            + " javax.xml.crypto.*, javax.security.cert, javax.naming, javax.naming.spi, jdk.nashorn.*, sun.*,"
            + " jdk.internal.reflect, jdk.internal.reflect.*, org.apache.karaf.jaas.boot, org.apache.karaf.jaas.boot.principal";

    private KarafOptions() {
    }

    /** A Karaf with the Neiqin features repository and {@code featureNames} installed from it. */
    public static Option[] with(String... featureNames) {
        return withRepository(null, featureNames);
    }

    /**
     * A Karaf with the Neiqin features repository and another one (a partner's module), and
     * {@code featureNames} installed from that one.
     *
     * @param repository a features repository URL ({@code mvn:group/artifact/version/xml/features}), or null
     */
    public static Option[] withRepository(String repository, String... featureNames) {
        int port = freePort();
        String karafVersion = System.getProperty("karaf.version", "4.4.10");
        List<Option> o = new ArrayList<>();
        o.add(karafDistributionConfiguration()
                .frameworkUrl(maven("org.apache.karaf", "apache-karaf", karafVersion).type("tar.gz"))
                .unpackDirectory(new File("target/exam")).useDeployFolder(false));
        o.add(configureConsole().ignoreLocalConsole().ignoreRemoteShell());
        o.add(logLevel(LogLevel.WARN));
        if (Boolean.getBoolean("neiqin.keep")) {
            o.add(keepRuntimeFolder());
        }
        // as the distribution's etc/custom.properties: javax.naming from the JDK by boot delegation, so that
        // Derby's dynamic import of it cannot fail while Karaf refreshes bundles (pax-jdbc-derby would not start)
        o.add(editConfigurationFilePut("etc/custom.properties", "org.osgi.framework.bootdelegation", BOOT_DELEGATION));
        // free ports, so that a running Neiqin (or anything else) does not clash with the tests
        o.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port)));
        o.add(systemProperty(PORT_PROPERTY).value(String.valueOf(port)));
        o.add(editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())));
        o.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())));
        o.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())));
        o.add(editConfigurationFilePut("etc/system.properties", "karaf.secured.command.compulsory.roles", "admin"));
        // Pax Exam resolves bundles from the local repository this build installed into (STACK.md pitfall 11)
        String m2 = System.getProperty("neiqin.m2", System.getProperty("user.home") + "/.m2/repository");
        o.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", m2));
        o.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultLocalRepoAsRemote", "true"));
        o.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                "https://repo1.maven.org/maven2@id=central"));
        for (String[] u : Users.ALL) {
            o.add(editConfigurationFilePut("etc/users.properties", u[0], u[1]));
        }
        o.add(systemProperty("org.ops4j.pax.url.mvn.localRepository").value(m2));
        o.add(vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"));
        o.add(vmOption(QUICK_JIT));
        // the module flags bin/karaf passes on Java 9+; Pax Exam does not (STACK.md pitfall 10)
        for (String f : new String[] {"--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED", "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"}) {
            o.add(vmOption(f));
        }
        List<String> names = new ArrayList<>(List.of(featureNames));
        if (Database.postgres()) {
            // the datasource on a fresh PostgreSQL database, as the README's "Running on PostgreSQL" says
            Database.Target db = Database.fresh();
            String cfg = "etc/org.ops4j.datasource-neiqin.cfg";
            for (String[] kv : Database.datasource(db)) {
                o.add(editConfigurationFilePut(cfg, kv[0], kv[1]));
            }
            names.add(0, "neiqin-postgresql");
        }
        String neiqin = System.getProperty("neiqin.version");
        o.add(neiqin == null ? mavenBundle("org.neiqin", "neiqin-testing").versionAsInProject()
                : mavenBundle("org.neiqin", "neiqin-testing", neiqin));
        MavenArtifactUrlReference features = maven("org.neiqin", "neiqin-features").classifier("features").type("xml");
        features = neiqin == null ? features.versionAsInProject() : features.version(neiqin);
        if (repository == null) {
            o.add(features(features, names.toArray(new String[0])));
        } else {
            o.add(features(features, names.subList(0, names.size() - featureNames.length).toArray(new String[0])));
            o.add(features(repository, featureNames));
        }
        return o.toArray(new Option[0]);
    }

    /** @return a port nothing listens on now */
    public static int freePort() {
        return Node.freePort();
    }

    /** Fails at once, and says why, when an earlier test Karaf still holds the port. */
    public static void requireFree(int port) {
        Node.requireFree(port);
    }
}
