package org.neiqin.leads.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.offers.OfferData;
import org.neiqin.leads.internal.offers.OfferService;
import org.neiqin.leads.internal.offers.OfferState;
import org.neiqin.leads.internal.offers.OfferView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One investment offer: written as a draft, published on the public page, withdrawn, changed while not published. */
@Component
public class OfferPage implements ConsolePage {
    static final String LABEL = "neiqin-lead-offer";
    private static final String CREATE = "create";
    private static final String SAVE = "save";
    private static final String PUBLISH = "publish";
    private static final String WITHDRAW = "withdraw";

    @Reference
    private OfferService offers;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                OfferView v = offers.create(Forms.bind(OfferData.class, r::param));
                return new Action(LABEL + "?id=" + v.id(), r.msg("offer.created", v.code()));
            })
            .on(SAVE, r -> {
                OfferView v = offers.update(r.number("id"), (int) r.number("version"), Forms.bind(OfferData.class,
                        r::param));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.saved"));
            })
            .on(PUBLISH, r -> {
                OfferView v = offers.publish(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("offer.published"));
            })
            .on(WITHDRAW, r -> {
                OfferView v = offers.withdraw(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("offer.withdrawn"));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Investment offer"; }

    @Override
    public String permission() { return LeadsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        boolean writes = security.isPermitted(r.actor(), LeadsModule.ASSIGN);
        if (r.param("id") == null) {
            List<Field> f = new ArrayList<>();
            f.add(actions.field(CREATE));
            f.addAll(Labels.inputs(r, OfferData.class, n -> null));
            return writes ? Page.of(r.msg("offer.new"), LeadLinks.of(r), Form.action(r.msg("lead.create"), f))
                    : Page.of(r.msg("offer.new"), LeadLinks.of(r));
        }
        OfferView v = offers.get(r.number("id"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(LeadLinks.of(r));
        blocks.add(new RecordHeader(v.code(), Labels.choice(r, v.state()), v.state() == OfferState.PUBLISHED
                ? RecordHeader.Tone.GOOD : RecordHeader.Tone.NEUTRAL, List.of(new Properties.Property(
                r.msg("column.leads"), String.valueOf(v.leads())))));
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(Labels.field(r, "kind"), Labels.choice(r, v.data().kind())));
        p.add(new Properties.Property(Labels.field(r, "region"), r.region(v.data().region())));
        p.add(new Properties.Property(Labels.field(r, "products"), v.data().products() == null ? ""
                : v.data().products()));
        p.add(new Properties.Property(Labels.field(r, "conditions"), v.data().conditions()));
        p.add(new Properties.Property(Labels.field(r, "policy"), v.data().policy() == null ? "" : v.data().policy()));
        blocks.add(new Properties(p));
        if (writes) {
            List<Field> idv = List.of(Field.hidden("id", String.valueOf(v.id())), Field.hidden("version",
                    String.valueOf(v.version())));
            List<Field> m = new ArrayList<>(idv);
            m.add(actions.field(v.state() == OfferState.PUBLISHED ? WITHDRAW : PUBLISH));
            blocks.add(Form.action(r.msg(v.state() == OfferState.PUBLISHED ? "offer.withdraw" : "offer.publish"), m));
            if (v.state() != OfferState.PUBLISHED) {
                List<Field> f = new ArrayList<>(idv);
                f.add(actions.field(SAVE));
                Map<String, String> values = Forms.strings(v.data());
                f.addAll(Labels.inputs(r, OfferData.class, n -> values.getOrDefault(n, "")));
                blocks.add(Form.action(r.msg("lead.save"), f));
            }
        }
        List<AuditEntry> history = new ArrayList<>(offers.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("lead.history")));
        blocks.add(new AuditTrail(history));
        return new Page(v.code() + " " + v.data().title(), blocks);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
