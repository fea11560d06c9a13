package org.neiqin.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs Karaf shell commands as a given user with given roles, the way a logged-in user would. */
public final class Shell {
    private Shell() {
    }

    /**
     * What a command printed, or the message of the error it ended with (prefixed "ERROR: "). Each call
     * is a login of its own: a new thread that carries the user's subject from its start and opens its
     * own session, as Karaf's SSH server gives each login. Karaf caches which commands a thread may see
     * per thread, not per user, and a change of an ACL clears only the cache of the thread that
     * delivered it; a test thread that ran commands for several users would see stale answers.
     */
    public static String run(SessionFactory factory, String user, String role, String command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        FutureTask<String> login = new FutureTask<>(() -> Subject.doAs(subject,
                (PrivilegedExceptionAction<String>) () -> execute(factory, command)));
        Thread thread = new Thread(login, "neiqin-shell-" + user);
        thread.setDaemon(true);
        thread.start();
        try {
            return login.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    private static String execute(SessionFactory factory, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Session s = factory.create(new ByteArrayInputStream(new byte[0]), ps, ps)) {
            try {
                Object result = s.execute(command);
                ps.flush();
                return out.toString(StandardCharsets.UTF_8) + (result == null ? "" : result);
            } catch (Exception e) {
                ps.flush();
                return out.toString(StandardCharsets.UTF_8) + "ERROR: " + e.getMessage();
            }
        }
    }

    /**
     * Waits until {@code command} is visible to {@code role}: Karaf applies a feature's shell ACL
     * ({@code org.apache.karaf.command.acl.<scope>}) asynchronously, after the feature is installed.
     */
    public static void awaitAcl(SessionFactory factory, String user, String role, String command, int seconds) {
        try {
            Wait.until(command + " visible to " + role, seconds, () -> {
                try {
                    return run(factory, user, role, command);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, out -> !out.contains("Command not found"));
        } catch (AssertionError | RuntimeException notVisible) {
            // which half failed: the command not registered (its bundle, or a service it needs, missing) or the ACL
            String scope = command.substring(0, command.indexOf(':'));
            java.util.List<String> registered = factory.getRegistry().getCommands().stream()
                    .filter(c -> scope.equals(c.getScope())).map(c -> c.getScope() + ":" + c.getName()).sorted().toList();
            String asAdmin;
            try {
                asAdmin = run(factory, "admin", "admin", command);
            } catch (Exception e) {
                asAdmin = e.toString();
            }
            throw new AssertionError(notVisible.getMessage() + "; registered in " + scope + ": " + registered
                    + "; as admin: " + asAdmin, notVisible);
        }
    }
}
