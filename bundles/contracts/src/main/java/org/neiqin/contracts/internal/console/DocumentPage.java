package org.neiqin.contracts.internal.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.review.Decision;
import org.neiqin.api.review.Review;
import org.neiqin.api.security.SecurityService;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.contracts.internal.DraftService;
import org.neiqin.contracts.internal.InForceService;
import org.neiqin.contracts.internal.StockUpData;
import org.neiqin.contracts.internal.StockUpService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One quotation, order or contract: header, lines and review trail, the steps its state allows,
 * its fulfilment schedule (printable, exportable for the customer), every version, its history
 * and its stock-up requests.
 */
@Component
public class DocumentPage implements ConsolePage {
    static final String SUBMIT = "submit";
    static final String CONVERT = "convert";
    static final String SIGNED = "signed";
    static final String CLOSE = "close";
    static final String STOCK_UP = "stockUp";
    static final String LABEL = "neiqin-contract";
    private static final String[] TABS = {"document", "schedule", "versions", "history", "stock-ups", "ship-dates"};

    @Reference
    private ContractLedger ledger;
    @Reference
    private DocumentReader reader;
    @Reference
    private DraftService drafts;
    @Reference
    private InForceService inForce;
    @Reference
    private StockUpService stockUps;
    @Reference
    private org.neiqin.contracts.internal.ShipDateService shipDates;
    @Reference
    private org.neiqin.contracts.internal.ProductLines products;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyClock clock;
    /** other modules' records about a document: its delivery notes, later its invoices */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            target = "(" + org.neiqin.api.console.RelatedRecords.RECORD_TYPE + "=" + RECORD_TYPE + ")")
    private volatile List<org.neiqin.api.console.RelatedRecords> related;

    /** The record type other modules link from ({@link org.neiqin.api.console.RelatedRecords}). */
    public static final String RECORD_TYPE = "contracts.document";

    private final PageActions actions = new PageActions()
            .on(SUBMIT, r -> {
                DocumentView v = drafts.submit(r.number("id"), (int) r.number("version"));
                return new Action(back(r), r.msg("document.submitted", Labels.choice(r, v.state())));
            })
            .on(CONVERT, r -> {
                DocumentView order = drafts.convert(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + order.id(), r.msg("document.converted", DocumentPage.number(r, order)));
            })
            .on(SIGNED, r -> {
                inForce.recordSigned(r.number("id"), (int) r.number("version"),
                        Forms.parse(LocalDate.class, "signedOn", r.param("signedOn")), r.param("signedCopy"));
                return new Action(back(r), r.msg("document.signedRecorded"));
            })
            .on(CLOSE, r -> {
                inForce.close(r.number("id"), (int) r.number("version"), r.param("reason"));
                return new Action(back(r), r.msg("document.closed"));
            })
            .on(STOCK_UP, r -> {
                stockUps.request(r.number("id"), Forms.bind(StockUpData.class, r::param));
                return new Action(back(r) + "&tab=stock-ups", r.msg("stockups.requested"));
            })
            .on(StockUps.ANSWER, r -> {
                StockUps.answer(stockUps, r);
                return new Action(back(r) + "&tab=stock-ups", r.msg("stockups.answered"));
            })
            .on(ShipDates.COMMIT, r -> new Action(back(r) + "&tab=ship-dates", ShipDates.commit(shipDates, r)))
            .on(ShipDates.CHASE, r -> new Action(back(r) + "&tab=ship-dates", ShipDates.chase(shipDates, r)))
            .on(ShipDates.TOLD, r -> new Action(back(r) + "&tab=ship-dates", ShipDates.told(shipDates, r)));

    /** @return the document the form was sent from */
    private static String back(PageRequest r) {
        return LABEL + "?id=" + r.number("id");
    }

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Contract"; }

    @Override
    public String permission() { return ContractsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        long id = r.number("id");
        DocumentView v = reader.get(id);
        String tab = r.param("tab") == null ? "document" : r.param("tab");
        List<Link> tabs = new ArrayList<>();
        for (String t : TABS) {
            tabs.add(new Link(r.msg("tab." + t), LABEL + "?id=" + id + "&tab=" + t));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("documents.back"), "neiqin-contracts"))));
        blocks.add(new Links(tabs));
        switch (tab) {
            case "schedule":
                DocumentTabs.schedule(r, ledger.schedule(v.id()), DocumentPage.number(r, v), blocks);
                // the records behind the figures, each a link (the notes that delivered)
                related(r, v, blocks);
                break;
            case "versions":
                DocumentTabs.versions(r, reader.revisions(v.id()), blocks);
                break;
            case "history":
                blocks.add(new AuditTrail(reader.history(v.id())));
                break;
            case "stock-ups":
                StockUps.tab(r, v, stockUps.list(v.id()), security, actions, STOCK_UP, blocks);
                break;
            case "ship-dates":
                ShipDates.tab(r, v, shipDates.forDocument(v.id()), security, actions, blocks);
                break;
            default:
                document(r, v, blocks);
        }
        return new Page(Labels.choice(r, v.kind()) + " " + DocumentPage.number(r, v) + " — " + v.customerName(), blocks);
    }

    /**
     * @return the document's number as users quote it; a draft, which has none yet, reads "draft" (its id is
     *         no number to quote)
     */
    static String number(PageRequest r, DocumentView v) {
        return number(r, v.number());
    }

    /** @return {@code number}, or "draft" for a document that has none yet */
    static String number(PageRequest r, String number) {
        return number != null ? number : r.msg("document.draftNumber");
    }

    /** The records of other modules behind this document (its delivery notes), as links under a heading. */
    private void related(PageRequest r, DocumentView v, List<Block> blocks) {
        List<Link> others = new ArrayList<>();
        for (org.neiqin.api.console.RelatedRecords source : related == null ? List.<org.neiqin.api.console.RelatedRecords>of()
                : related) {
            others.addAll(source.related(RECORD_TYPE, String.valueOf(v.id()), r));
        }
        if (!others.isEmpty()) {
            blocks.add(new Heading(r.msg("document.related")));
            blocks.add(new Links(others));
        }
    }

    /** @return how a document's state reads at a glance */
    static org.neiqin.api.console.RecordHeader.Tone tone(DocumentState state) {
        switch (state) {
            case EFFECTIVE:
            case APPROVED:
                return org.neiqin.api.console.RecordHeader.Tone.GOOD;
            case IN_REVIEW:
                return org.neiqin.api.console.RecordHeader.Tone.WARN;
            case CREDIT_HOLD:
                return org.neiqin.api.console.RecordHeader.Tone.BAD;
            default:
                return org.neiqin.api.console.RecordHeader.Tone.NEUTRAL;
        }
    }

    private void document(PageRequest r, DocumentView v, List<Block> blocks) {
        blocks.add(new org.neiqin.api.console.RecordHeader(DocumentPage.number(r, v), Labels.choice(r, v.state()), tone(v.state()),
                List.of(new Properties.Property(r.msg("field.total"), Cell.of(v.total()).text()),
                        new Properties.Property(r.msg("field.customer"), v.customerName()))));
        // its way: prepared, reviewed, in force (a quotation: approved, turned into an order), closed
        List<DocumentState> path = v.kind() == DocumentKind.QUOTATION
                ? List.of(DocumentState.DRAFT, DocumentState.IN_REVIEW, DocumentState.APPROVED, DocumentState.CONVERTED)
                : List.of(DocumentState.DRAFT, DocumentState.IN_REVIEW, DocumentState.EFFECTIVE, DocumentState.CLOSED);
        int at = v.state() == DocumentState.CREDIT_HOLD ? 1 : Math.max(0, path.indexOf(v.state()));
        blocks.add(org.neiqin.kit.console.Progress.timeline(r, reader.history(v.id()), path,
                step -> path.indexOf(step) <= at, null));
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("field.revision"), String.valueOf(v.revision())));
        Forms.strings(v.data()).forEach((k, value) -> {
            if (!k.equals("customerId") && !value.isEmpty()) {
                p.add(new Properties.Property(Labels.field(r, k), k.equals("paymentTerms")
                        ? Labels.choice(r, v.data().paymentTerms()) : k.equals("salesperson") ? r.person(value) : value));
            }
        });
        p.add(new Properties.Property(r.msg("field.preparedBy"), r.person(v.createdBy()) + " " + r.time(v.createdAt())));
        add(p, r.msg("field.creditCheck"), v.creditCheck());
        add(p, r.msg("field.signed"), v.signedOn() == null ? null : v.signedOn() + " — " + v.signedCopy());
        add(p, r.msg("field.closedReason"), v.closedReason());
        add(p, r.msg("field.source"), v.sourceId() == null ? null : DocumentPage.number(r, reader.get(v.sourceId())));
        if (v.pendingRevision() != null) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("document.pendingAmendment", v.pendingRevision())));
        }
        if (v.state() == DocumentState.CREDIT_HOLD) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("document.creditHold", v.creditCheck())));
        }
        if (ShipDates.plannable(v)) {
            // a line planning can ship only after the date promised stands out before the customer is told
            ShipDates.lateNotices(r, shipDates.forDocument(v.id()), blocks);
        }
        blocks.add(new Properties(p));
        related(r, v, blocks);
        blocks.add(new Heading(r.msg("document.lines")));
        blocks.add(DocumentTabs.lines(r, v.lines(), null));
        UnpricedLines.hint(r, v, products.installed() && security.isPermitted(r.actor(), ContractsModule.WRITE), blocks);
        blocks.add(new Heading(r.msg("document.reviews")));
        List<List<Cell>> rounds = new ArrayList<>();
        for (Review rv : reader.reviewTrail(v.id())) {
            StringBuilder decisions = new StringBuilder();
            for (Decision d : rv.decisions()) {
                decisions.append(r.person(d.reviewer())).append(' ').append(d.verdict()).append(' ').append(r.time(d.at()))
                        .append(d.reason() == null ? "" : " — " + d.reason()).append("; ");
            }
            rounds.add(List.of(Cell.of(r.msg("review." + rv.documentType())), Cell.of(r.time(rv.submittedAt())),
                    Cell.of(rv.preparer()), Cell.of(rv.required()), Cell.of(rv.state()), Cell.of(decisions)));
        }
        blocks.add(new Table(List.of(r.msg("review.type"), r.msg("review.submitted"), r.msg("review.preparer"),
                r.msg("review.required"), r.msg("field.state"), r.msg("review.decisions")), rounds, null, null));
        DocumentSteps.forms(r, v, security, clock, actions, blocks);
    }

    static void add(List<Properties.Property> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.add(new Properties.Property(name, value));
        }
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
