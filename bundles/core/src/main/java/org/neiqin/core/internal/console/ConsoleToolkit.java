package org.neiqin.core.internal.console;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.Servlet;

import org.neiqin.api.audit.AuditService;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.core.internal.security.SecurityServiceImpl;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every {@link ConsolePage} service into a web console plugin in the "Neiqin" category. */
@Component(immediate = true, service = {})
public class ConsoleToolkit {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleToolkit.class);

    private final Map<ConsolePage, ServiceRegistration<Servlet>> plugins = new ConcurrentHashMap<>();
    private final Lookups lookups = new Lookups();
    private final BundleContext context;
    private final SecurityServiceImpl security;
    /** Optional: the console answers also while the database (which the audit trail needs) is down. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditService audit;
    private final Messages toolkitMessages;
    private final Menu menu;
    private final ConsoleSigner signer = new ConsoleSigner(this::key);
    /** A key of this node alone, while the database (and the key the nodes share) cannot be reached. */
    private final byte[] ownKey = new byte[32];
    private volatile boolean active;
    private volatile boolean keyWarned;

    /** The key all nodes share; optional, so that the console answers also while the database is down. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.neiqin.core.internal.db.SharedSecrets secrets;

    @Activate
    public ConsoleToolkit(BundleContext context, @Reference SecurityServiceImpl security,
            @Reference org.neiqin.api.time.CompanyClock clock, @Reference org.neiqin.core.internal.people.People people,
            @Reference org.neiqin.core.internal.people.Regions regions) {
        this.context = context;
        this.security = security;
        this.toolkitMessages = new Messages(context.getBundle());
        this.menu = new Menu(toolkitMessages, context.getBundle().getBundleId(), clock, people::name, regions);
        new java.security.SecureRandom().nextBytes(ownKey);
        this.active = true;
    }

    private byte[] key() {
        org.neiqin.core.internal.db.SharedSecrets s = secrets;
        if (s != null) {
            try {
                byte[] shared = s.key("console");
                keyWarned = false;
                return shared;
            } catch (RuntimeException e) {
                if (!keyWarned) {
                    keyWarned = true;
                    LOG.warn("The console's shared key cannot be read ({}); this node signs its forms alone until it can",
                            e.getMessage());
                }
            }
        }
        return ownKey;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPage(ConsolePage page, ServiceReference<ConsolePage> ref) {
        if (!page.label().matches("neiqin[a-z0-9-]*")) {
            LOG.error("Console page {} of bundle {} is ignored: its label must start with 'neiqin'", page.label(),
                    ref.getBundle().getSymbolicName());
            return;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("felix.webconsole.label", page.label());
        props.put("felix.webconsole.title", page.title());
        props.put("felix.webconsole.category", PagePlugin.CATEGORY);
        Messages messages = menu.messagesOf(ref.getBundle());
        menu.add(page, messages);
        PagePlugin plugin = new PagePlugin(page, messages, toolkitMessages, menu, security, () -> audit, signer, lookups);
        plugins.put(page, context.registerService(Servlet.class, plugin, props));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLookup(org.neiqin.api.console.Lookup lookup) {
        lookups.add(lookup);
    }

    void unbindLookup(org.neiqin.api.console.Lookup lookup) {
        lookups.remove(lookup);
    }

    void unbindPage(ConsolePage page) {
        menu.remove(page);
        ServiceRegistration<Servlet> reg = plugins.remove(page);
        if (reg != null && active) {
            try {
                reg.unregister();
            } catch (IllegalStateException gone) {
                // core is stopping
            }
        }
    }

    @Deactivate
    void deactivate() {
        active = false;
        plugins.values().forEach(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException gone) {
                // already gone
            }
        });
        plugins.clear();
    }
}
