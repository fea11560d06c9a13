package org.neiqin.core.internal.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.health.Readiness;
import org.neiqin.core.internal.registry.CoreModule;
import org.neiqin.core.internal.security.Jaas;
import org.neiqin.core.internal.security.LoginGuard;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code neiqin:check}: the README's production checklist, checked on this node. Each item is PASS, FAIL or NOTE;
 * the command fails (a script stops) when one is FAIL.
 */
@Service
@Command(scope = "neiqin", name = "check", description = "Checks this node against the production checklist (fails on a FAIL)")
public class CheckCommand implements Action {
    /** The users the distribution ships, each with its name as its password. */
    static final List<String> DEMO_USERS = List.of("admin", "manager", "assistant", "sales", "finance", "warehouse",
            "planning", "auditor");

    @Reference
    private SecurityService security;
    @Reference
    private org.neiqin.core.internal.security.SecurityServiceImpl scopes;
    @Reference
    private ConfigurationAdmin config;
    @Reference
    private LoginGuard guard;
    @Reference
    private Readiness readiness;
    @Reference
    private CoreDatabase db;

    @Override
    public Object execute() throws Exception {
        security.require(CoreModule.MODULES);
        List<String[]> items = new ArrayList<>();
        boolean demo = "true".equalsIgnoreCase(String.valueOf(value("org.neiqin.demo", "enabled")));
        items.add(new String[] {demo ? "FAIL" : "PASS", "demo data off (etc/org.neiqin.demo.cfg enabled = false)"});
        List<String> defaults = new ArrayList<>();
        for (String user : DEMO_USERS) {
            if (Jaas.accepts(user, user)) {
                defaults.add(user);
            }
        }
        items.add(new String[] {defaults.isEmpty() ? "PASS" : "FAIL", defaults.isEmpty()
                ? "no user logs in with a demo password (its own name)"
                : "these users still log in with their demo password (their own name): " + String.join(", ", defaults)
                        + " — change them in etc/users.properties (or point the realm at LDAP)"});
        items.add(new String[] {guard.lockAfter() <= 20 ? "PASS" : "FAIL",
                "wrong passwords lock a user after " + guard.lockAfter() + " (etc/org.neiqin.login.cfg lockAfter, 20 at most)"});
        java.util.Map<String, java.util.Set<String>> narrowed = scopes.narrowed();
        List<String> wrong = new ArrayList<>();
        narrowed.forEach((role, words) -> {
            if (words.isEmpty() || !java.util.Set.of("all", "own", "region").containsAll(words)) {
                wrong.add("scope." + role + " = " + String.join(", ", words));
            }
        });
        items.add(new String[] {wrong.isEmpty() ? (narrowed.isEmpty() ? "NOTE" : "PASS") : "FAIL", !wrong.isEmpty()
                ? "record scopes take all, own or region (etc/org.neiqin.security.cfg): " + String.join("; ", wrong)
                : narrowed.isEmpty() ? "every role sees every record (etc/org.neiqin.security.cfg scope.<role> narrows one)"
                : "record scopes: " + narrowed});
        List<String> problems = readiness.problems();
        items.add(new String[] {problems.isEmpty() ? "PASS" : "FAIL",
                problems.isEmpty() ? "this node is ready" : "this node is not ready: " + String.join("; ", problems)});
        Object host = value("org.neiqin.mail", "host");
        items.add(new String[] {"NOTE", host == null || host.toString().isBlank()
                ? "no mail server (etc/org.neiqin.mail.cfg host): reminders and letters wait, each saying why"
                : "mail goes through " + host});
        String product = db.info().product();
        items.add(new String[] {"NOTE", product.toLowerCase().contains("derby")
                ? "the database is embedded Derby: one node only; PostgreSQL for several (README, Running on PostgreSQL)"
                : "the database is " + product + " " + db.info().version()});
        boolean failed = false;
        for (String[] item : items) {
            System.out.println(item[0] + "  " + item[1]);
            failed |= item[0].equals("FAIL");
        }
        if (failed) {
            throw new IllegalStateException("this node does not pass the production checklist (the FAIL lines above)");
        }
        return null;
    }

    /** @return a configured value, without making a configuration that is not there */
    private Object value(String pid, String key) throws IOException, org.osgi.framework.InvalidSyntaxException {
        org.osgi.service.cm.Configuration[] found = config.listConfigurations("(service.pid=" + pid + ")");
        Dictionary<String, Object> props = found == null || found.length == 0 ? null : found[0].getProperties();
        return props == null ? null : props.get(key);
    }
}
