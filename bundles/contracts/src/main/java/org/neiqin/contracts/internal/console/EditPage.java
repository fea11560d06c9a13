package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentData;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.contracts.internal.DraftService;
import org.neiqin.contracts.internal.InForceService;
import org.neiqin.contracts.internal.LineData;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Prepares a new document ({@code ?kind=ORDER}), edits a draft ({@code ?id=}) or writes an
 * amendment / quotation revision ({@code ?id=&amend=1}). The customer is found by searching its code
 * or name, lines are rows of a grid with their amounts and total; a refused form comes back with
 * what was typed and every problem beside its field or cell.
 */
@Component
public class EditPage implements ConsolePage {
    static final String LABEL = "neiqin-contract-edit";

    @Reference
    private DocumentReader reader;
    @Reference
    private DraftService drafts;
    @Reference
    private InForceService inForce;
    @Reference
    private CompanyClock clock;
    @Reference
    private org.neiqin.api.money.CompanyCurrency companyCurrency;
    @Reference
    private org.neiqin.contracts.internal.ProductLines products;

    static final String CREATE = "create";
    static final String UPDATE = "update";
    static final String AMEND = "amend";
    private final PageActions actions = new PageActions()
            .on(CREATE, r -> save(r, (kind, existing, data, lines) -> drafts.create(kind, data, lines)))
            .on(UPDATE, r -> save(r, (kind, existing, data, lines) -> drafts.updateDraft(existing.id(),
                    (int) r.number("version"), data, lines)))
            .on(AMEND, r -> save(r, (kind, existing, data, lines) -> inForce.amend(existing.id(),
                    (int) r.number("version"), data, lines, r.param("reason"))));

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Edit contract"; }

    @Override
    public String permission() { return ContractsModule.WRITE; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") != null) {
            DocumentView v = reader.get(r.number("id"));
            boolean amend = r.param("amend") != null;
            List<LineData> lines = new ArrayList<>();
            for (ContractLine l : v.lines()) {
                lines.add(new LineData(amend || v.revision() > 1 ? l.id() : null, l.productId(), l.product(), l.spec(), l.quantity(),
                        l.unit(), l.unitPrice(), l.weight()));
            }
            return form(r, v.kind(), v, amend, new LinkedHashMap<>(Forms.strings(v.data())), lines);
        }
        DocumentKind kind = Forms.choice(DocumentKind.class, "kind", r.param("kind"));
        if (kind == null) {
            throw new ValidationException("kind", "required", Text.of("contracts.kind.choose",
                    "say which kind of document to prepare"));
        }
        // nothing is chosen for the user: the customer is searched for, payment terms come from the customer
        // unless chosen here
        Map<String, String> values = new LinkedHashMap<>();
        values.put("documentDate", clock.today().toString());
        if (r.param("customer") != null) {
            values.put("customerId", String.valueOf(r.number("customer")));
        }
        return form(r, kind, null, false, values, List.of());
    }

    private Page form(PageRequest r, DocumentKind kind, DocumentView v, boolean amend, Map<String, String> values,
            List<LineData> lines) {
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(v == null ? CREATE : amend ? AMEND : UPDATE));
        fields.add(Field.hidden("kind", kind.name()));
        if (v != null) {
            fields.add(Field.hidden("id", String.valueOf(v.id())));
            fields.add(Field.hidden("version", String.valueOf(v.version())));
        }
        for (java.lang.reflect.RecordComponent c : DocumentData.class.getRecordComponents()) {
            if (c.getName().equals("paymentTerms")) {
                List<Field.Option> terms = new ArrayList<>(Labels.options(r, PaymentTerms.class, false));
                terms.add(0, new Field.Option("", r.msg("edit.fromCustomer")));
                fields.add(new Field("paymentTerms", r.msg("field.paymentTerms"), Field.Type.SELECT,
                        values.get("paymentTerms"), terms, false));
            } else {
                fields.add(Labels.input(r, c, values.get(c.getName())));
            }
        }
        // prices in the document's currency, the company's for a new one
        String currency = v != null ? v.total().currency().getCurrencyCode() : companyCurrency.code();
        Field grid = Labels.grid(r, "lines", LineData.class, lines, true, currency);
        // products are chosen from the catalogue when it is installed; without it a line keeps the product it named
        fields.add(products.installed() ? grid : Labels.hiddenColumns(grid, "productId"));
        if (amend) {
            fields.add(new Field("reason", r.msg("field.reason"), Field.Type.TEXT, values.get("reason"), List.of(), true));
        }
        String title = v == null ? r.msg("edit.new", Labels.choice(r, kind))
                : r.msg(amend ? (kind == DocumentKind.QUOTATION ? "edit.revise" : "edit.amend") : "edit.draft",
                        Labels.choice(r, kind), DocumentPage.number(r, v));
        Page page = Page.of(title, new Links(List.of(new Link(r.msg("documents.back"), v == null ? "neiqin-contracts"
                : DocumentPage.LABEL + "?id=" + v.id()))));
        return page.with(new Form(true, r.msg(v == null ? "edit.create" : amend ? "edit.sendAmendment" : "edit.save"),
                fields, Map.of()));
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }

    /** Reads the form (header, lines, reason) and hands it to {@code save}; bad input is refused before. */
    private Action save(PageRequest r, Save save) {
        DocumentKind kind = Forms.choice(DocumentKind.class, "kind", r.param("kind"));
        Map<String, String> values = new LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : DocumentData.class.getRecordComponents()) {
            values.put(c.getName(), r.param(c.getName()));
        }
        DocumentView existing = r.param("id") == null ? null : reader.get(r.number("id"));
        List<FieldError> errors = new ArrayList<>();
        DocumentData data = Forms.bind(DocumentData.class, values::get, errors);
        // prices are in the document's currency: the company's for a new one
        String currency = existing != null ? existing.total().currency().getCurrencyCode() : companyCurrency.code();
        List<LineData> lines = Forms.bindRows(LineData.class, "lines", Forms.inCurrency(r::param, currency),
                r.paramNames(), errors);
        Forms.require(errors);
        DocumentView v = save.save(kind, existing, data, lines);
        return new Action(DocumentPage.LABEL + "?id=" + v.id(), r.msg("edit.saved", DocumentPage.number(r, v)));
    }

    @FunctionalInterface
    private interface Save {
        DocumentView save(DocumentKind kind, DocumentView existing, DocumentData data, List<LineData> lines);
    }
}
