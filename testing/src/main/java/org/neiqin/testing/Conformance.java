package org.neiqin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Command;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.module.ModuleInfo;
import org.neiqin.api.module.ModuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The checks every Neiqin module passes (README "Writing a module"), run inside a Karaf where the
 * module is installed: a module's Pax Exam test asserts that {@link #problems} is empty. Each problem
 * is one line that names what to fix.
 *
 * <ul>
 * <li>It imports nothing of Neiqin but {@code org.neiqin.api.*} and {@code org.neiqin.kit.*}, and
 *     nothing outside the stack.</li>
 * <li>Every field of its forms (record components carrying the kit's {@code @Spec}) has a label,
 *     {@code field.<name>} (or {@code <group>.<name>} for a form of its own, such as a contact), and
 *     every choice of such a field one, {@code enum.<Type>.<NAME>} (or {@code <group>.<name>.<NAME>});
 *     every value of an API enum its views and list rows show has {@code enum.<Type>.<NAME>}; in
 *     English and in Chinese (its messages or core's).</li>
 * <li>Every console page it registers is labelled {@code neiqin-...} and asks for a permission some
 *     installed module declares.</li>
 * <li>Every REST method that returns a {@code Response} says what it answers ({@code @Answers}).</li>
 * <li>Every shell command it brings has an ACL entry ({@code org.apache.karaf.command.acl.<scope>}).</li>
 * <li>Its messages double no apostrophe ({@code manager''s}): texts have no quoting rules.</li>
 * <li>Its code reads the date and time from the company clock ({@code CompanyClock}, or its store's
 *     {@code today()}/{@code now()}), never {@code LocalDate.now()}, {@code Instant.now()} or the server's
 *     zone ({@link ClockCalls#REFUSED}).</li>
 * </ul>
 * That every action a page's forms send is handled is not checked here: the kit's {@code PageActions}
 * refuses to draw an action the page does not handle.
 */
public final class Conformance {
    /** Packages a module may import besides {@code org.neiqin.api.*} and {@code org.neiqin.kit.*}. */
    static final List<String> STACK = List.of("java.", "javax.", "org.osgi.", "org.apache.karaf.", "org.apache.aries.",
            "org.hibernate.", "org.slf4j.", "com.fasterxml.jackson.", "org.apache.felix.");
    static final String SPEC = "org.neiqin.kit.form.Spec";

    private Conformance() {
    }

    /** @return what the bundle {@code symbolicName} does against the rules; empty when it conforms */
    public static List<String> problems(BundleContext context, String symbolicName) {
        Bundle module = bundle(context, symbolicName);
        Bundle core = bundle(context, "org.neiqin.core");
        List<String> out = new ArrayList<>();
        imports(module, out);
        Properties en = merged(core, module, "");
        Properties zh = merged(core, module, "_zh_CN");
        List<Class<?>> classes = classes(module);
        // each entry: the keys that would do, the first of them the one named in the problem
        Set<List<String>> wanted = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            if (!c.isRecord()) {
                continue;
            }
            boolean shown = c.getSimpleName().endsWith("View") || c.getSimpleName().endsWith("Row");
            for (RecordComponent rc : c.getRecordComponents()) {
                Annotation spec = annotation(rc.getAnnotations(), SPEC);
                Class<?> t = rc.getType();
                if (spec != null) {
                    String group = group(spec);
                    wanted.add(List.of("field." + rc.getName(), group + "." + rc.getName()));
                    if (t.isEnum()) {
                        for (Object v : t.getEnumConstants()) {
                            String name = ((Enum<?>) v).name();
                            wanted.add(List.of("enum." + t.getSimpleName() + "." + name, group + "." + rc.getName() + "." + name));
                        }
                    }
                } else if (shown && t.isEnum() && t.getName().startsWith("org.neiqin.api.")) {
                    for (Object v : t.getEnumConstants()) {
                        wanted.add(List.of("enum." + t.getSimpleName() + "." + ((Enum<?>) v).name()));
                    }
                }
            }
        }
        for (Properties messages : List.of(own(module, ""), own(module, "_zh_CN"))) {
            for (String key : messages.stringPropertyNames()) {
                if (messages.getProperty(key).contains("''")) {
                    out.add("message " + key + " doubles an apostrophe: Neiqin's texts have no quoting rules, it would show"
                            + " as ''");
                }
            }
        }
        for (List<String> keys : wanted) {
            if (keys.stream().noneMatch(en::containsKey)) {
                out.add("no English label " + String.join(" or ", keys) + " (OSGI-INF/l10n/messages.properties)");
            }
            if (keys.stream().noneMatch(zh::containsKey)) {
                out.add("no Chinese label " + String.join(" or ", keys) + " (OSGI-INF/l10n/messages_zh_CN.properties)");
            }
        }
        for (Class<?> c : classes) {
            if (annotation(c.getAnnotations(), "javax.ws.rs.Path") == null) {
                continue;
            }
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                boolean operation = List.of("GET", "POST", "PUT", "DELETE", "PATCH").stream()
                        .anyMatch(v -> annotation(m.getAnnotations(), "javax.ws.rs." + v) != null);
                if (operation && m.getReturnType().getName().equals("javax.ws.rs.core.Response")
                        && annotation(m.getAnnotations(), "org.neiqin.api.rest.Answers") == null) {
                    out.add(c.getSimpleName() + "." + m.getName() + " returns a Response without @Answers: the REST "
                            + "description (openapi.json) cannot say what it answers");
                }
            }
        }
        permissions(context, module, out);
        commands(context, classes, out);
        clock(module, out);
        return out;
    }

    private static void clock(Bundle module, List<String> out) {
        Enumeration<URL> entries = module.findEntries("/", "*.class", true);
        while (entries != null && entries.hasMoreElements()) {
            URL u = entries.nextElement();
            try (InputStream in = u.openStream()) {
                for (String call : ClockCalls.in(in.readAllBytes())) {
                    String path = u.getPath();
                    out.add(path.substring(path.lastIndexOf('/') + 1) + " calls " + call
                            + ": dates and times come from the company clock (CompanyClock, Store.today()/now())");
                }
            } catch (IOException e) {
                throw new IllegalStateException(u + ": " + e, e);
            }
        }
    }

    private static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName + " is installed");
    }

    private static void imports(Bundle module, List<String> out) {
        String header = module.getHeaders().get(Constants.IMPORT_PACKAGE);
        if (header == null) {
            return;
        }
        for (String pkg : packages(header)) {
            boolean neiqin = pkg.startsWith("org.neiqin.");
            if (neiqin && !pkg.startsWith("org.neiqin.api.") && !pkg.startsWith("org.neiqin.kit.")) {
                out.add("imports " + pkg + ": modules meet through org.neiqin.api only");
            } else if (!neiqin && STACK.stream().noneMatch(s -> pkg.startsWith(s) || (pkg + ".").equals(s))) {
                out.add("imports " + pkg + ", which is outside the stack (" + String.join(" ", STACK) + ")");
            }
        }
    }

    /** @return the package names of an Import-Package header (attributes and quoted ranges skipped) */
    static Set<String> packages(String header) {
        Set<String> out = new LinkedHashSet<>();
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char ch : (header + ",").toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                String name = clause.toString().split(";", 2)[0].trim();
                if (!name.isEmpty()) {
                    out.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(ch);
            }
        }
        return out;
    }

    private static Properties own(Bundle module, String suffix) {
        Properties p = new Properties();
        URL u = module.getEntry("OSGI-INF/l10n/messages" + suffix + ".properties");
        if (u != null) {
            try (InputStream in = u.openStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(u + ": " + e, e);
            }
        }
        return p;
    }

    private static Properties merged(Bundle core, Bundle module, String suffix) {
        Properties p = own(core, suffix);
        p.putAll(own(module, suffix));
        return p;
    }

    private static List<Class<?>> classes(Bundle module) {
        List<Class<?>> out = new ArrayList<>();
        Enumeration<URL> entries = module.findEntries("/", "*.class", true);
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            String name = path.substring(path.startsWith("/") ? 1 : 0, path.length() - ".class".length()).replace('/', '.');
            try {
                out.add(module.loadClass(name));
            } catch (ClassNotFoundException | LinkageError e) {
                // a class of an optional dependency that is not installed: nothing of it is shown
            }
        }
        return out;
    }

    private static void permissions(BundleContext context, Bundle module, List<String> out) {
        Set<String> declared = new TreeSet<>();
        for (ModuleInfo m : service(context, ModuleRegistry.class).modules()) {
            m.descriptor().permissions().forEach(p -> declared.add(p.name()));
        }
        ServiceReference<?>[] registered = module.getRegisteredServices();
        for (ServiceReference<?> ref : registered == null ? new ServiceReference<?>[0] : registered) {
            if (!List.of((String[]) ref.getProperty(Constants.OBJECTCLASS)).contains(ConsolePage.class.getName())) {
                continue;
            }
            ConsolePage page = (ConsolePage) context.getService(ref);
            try {
                if (!page.label().matches("neiqin[a-z0-9-]*")) {
                    out.add("page " + page.label() + ": a console page's label starts with neiqin (neiqin-<module>...)");
                }
                if (!declared.contains(page.permission())) {
                    out.add("page " + page.label() + " asks for permission '" + page.permission()
                            + "', which no module declares");
                }
            } finally {
                context.ungetService(ref);
            }
        }
    }

    private static void commands(BundleContext context, List<Class<?>> classes, List<String> out) {
        ConfigurationAdmin admin = service(context, ConfigurationAdmin.class);
        for (Class<?> c : classes) {
            Command command = c.getAnnotation(Command.class);
            if (command == null) {
                continue;
            }
            String pid = "org.apache.karaf.command.acl." + command.scope();
            Dictionary<String, Object> acl;
            try {
                Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
                acl = found == null || found.length == 0 ? null : found[0].getProperties();
            } catch (IOException | InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            if (acl == null) {
                out.add("shell scope " + command.scope() + " has no ACL (" + pid + " in the feature)");
            } else if (acl.get(command.name()) == null) {
                out.add("shell command " + command.scope() + ":" + command.name() + " is not in " + pid);
            }
        }
    }

    private static <T> T service(BundleContext context, Class<T> type) {
        ServiceReference<T> ref = context.getServiceReference(type);
        if (ref == null) {
            throw new AssertionError("no " + type.getName() + " service");
        }
        return context.getService(ref);
    }

    private static String group(Annotation spec) {
        try {
            return (String) spec.annotationType().getMethod("group").invoke(spec);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Annotation annotation(Annotation[] annotations, String type) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                return a;
            }
        }
        return null;
    }
}
