package org.neiqin.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs Karaf shell commands as a given user with given roles, the way a logged-in user would. */
public final class Shell {
    private Shell() {
    }

    /** What a command printed, or the message of the error it ended with (prefixed "ERROR: "). */
    public static String run(SessionFactory factory, String user, String role, String command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Session s = factory.create(new ByteArrayInputStream(new byte[0]), ps, ps)) {
            return Subject.doAs(subject, (PrivilegedExceptionAction<String>) () -> {
                try {
                    Object result = s.execute(command);
                    ps.flush();
                    return out.toString(StandardCharsets.UTF_8) + (result == null ? "" : result);
                } catch (Exception e) {
                    ps.flush();
                    return out.toString(StandardCharsets.UTF_8) + "ERROR: " + e.getMessage();
                }
            });
        }
    }

    /**
     * Waits until {@code command} is visible to {@code role}: Karaf applies a feature's shell ACL
     * ({@code org.apache.karaf.command.acl.<scope>}) asynchronously, after the feature is installed.
     */
    public static void awaitAcl(SessionFactory factory, String user, String role, String command, int seconds) {
        Wait.until(command + " visible to " + role, seconds, () -> {
            try {
                return run(factory, user, role, command);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, out -> !out.contains("Command not found"));
    }
}
