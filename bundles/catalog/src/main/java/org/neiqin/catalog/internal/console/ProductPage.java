package org.neiqin.catalog.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.ProductData;
import org.neiqin.catalog.internal.ProductService;
import org.neiqin.catalog.internal.ProductState;
import org.neiqin.catalog.internal.ProductView;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
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
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One product: its form (new, or the product at the version loaded), the step of its life the reader may take
 * (discontinue, reinstate, with a reason) and its history. A rejected form comes back with what the user typed and
 * each error beside its field: the toolkit does that.
 */
@Component
public class ProductPage implements ConsolePage {
    static final String LABEL = "neiqin-catalog-product";
    static final String CREATE = "create";
    static final String UPDATE = "update";
    static final String DISCONTINUE = "discontinue";
    static final String REINSTATE = "reinstate";

    @Reference
    private ProductService service;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                ProductView v = service.create(bind(r));
                return new Action(LABEL + "?id=" + v.id(), r.msg("product.created", v.data().code()));
            })
            .on(UPDATE, r -> {
                long id = r.number("id");
                service.update(id, (int) r.number("version"), bind(r));
                return new Action(LABEL + "?id=" + id, r.msg("product.saved"));
            })
            .on(DISCONTINUE, r -> {
                ProductView v = service.discontinue(r.number("id"), (int) r.number("version"), r.param("reason"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("product.discontinued", v.data().code()));
            })
            .on(REINSTATE, r -> {
                ProductView v = service.reinstate(r.number("id"), (int) r.number("version"), r.param("reason"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("product.reinstated", v.data().code()));
            });

    /** @return the form's product; its cost price in the company's currency */
    private ProductData bind(PageRequest r) {
        return Forms.bind(ProductData.class, Forms.inCurrency(r::param, service.currency()));
    }

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return CatalogModule.TITLE; }

    @Override
    public String permission() { return CatalogModule.READ; }

    @Override
    public Page render(PageRequest r) {
        boolean canWrite = security.isPermitted(r.actor(), CatalogModule.WRITE);
        if (r.param("id") == null) {
            return canWrite ? Page.of(r.msg("product.new"), form(r, null)) : Page.of(r.msg("product.new"));
        }
        ProductView v = service.get(r.number("id"));
        // the product's code, whether it may go on new lines as a badge, its unit, group and tax code, when it changed
        List<Properties.Property> head = new ArrayList<>();
        head.add(new Properties.Property(Labels.field(r, "unit"), v.data().unit()));
        if (v.data().productGroup() != null) {
            head.add(new Properties.Property(Labels.field(r, "productGroup"), v.data().productGroup()));
        }
        head.add(new Properties.Property(Labels.field(r, "taxCode"), v.data().taxCode() != null ? v.data().taxCode()
                : r.msg("product.noTaxCode")));
        head.add(new Properties.Property(r.msg("column.updatedAt"), r.time(v.updatedAt()) + " " + r.person(v.updatedBy())));
        Page page = Page.of(v.data().code() + " " + v.data().name(), new RecordHeader(v.data().code(),
                Labels.choice(r, v.state()), v.state() == ProductState.ACTIVE ? RecordHeader.Tone.GOOD
                        : RecordHeader.Tone.WARN, head));
        if (canWrite) {
            page = page.with(form(r, v));
        }
        if (security.isPermitted(r.actor(), CatalogModule.DISCONTINUE)) {
            boolean active = v.state() == ProductState.ACTIVE;
            page = page.with(Form.action(r.msg(active ? "product.discontinue" : "product.reinstate"), List.of(
                    actions.field(active ? DISCONTINUE : REINSTATE), Field.hidden("id", String.valueOf(v.id())),
                    Field.hidden("version", String.valueOf(v.version())),
                    new Field("reason", r.msg("field.reason"), Field.Type.TEXT, r.param("reason"), List.of(), true))));
        }
        List<AuditEntry> history = new ArrayList<>(service.history(v.id()));
        Collections.reverse(history);
        return page.with(new Heading(r.msg("product.history")), new AuditTrail(history));
    }

    private Form form(PageRequest r, ProductView v) {
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(v == null ? CREATE : UPDATE));
        if (v != null) {
            fields.add(Field.hidden("id", String.valueOf(v.id())));
            fields.add(Field.hidden("version", String.valueOf(v.version())));
        }
        // every field of the product, as its @Spec says (the cost price only to those who may see margins)
        Map<String, String> values = v == null ? Map.of() : Forms.strings(v.data());
        boolean cost = security.isPermitted(r.actor(), CatalogModule.COST);
        for (java.lang.reflect.RecordComponent c : ProductData.class.getRecordComponents()) {
            if (cost || !c.getName().equals("costPrice")) {
                fields.add(Labels.input(r, c, values.getOrDefault(c.getName(), ""), service.currency()));
            }
        }
        return Form.action(r.msg(v == null ? "product.create" : "product.save"), fields);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
