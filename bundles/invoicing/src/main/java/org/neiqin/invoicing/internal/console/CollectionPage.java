package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.invoicing.internal.CollectionService;
import org.neiqin.invoicing.internal.CollectionStepEntity.MailState;
import org.neiqin.invoicing.internal.CollectionStepView;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.InvoicingSettings;
import org.neiqin.invoicing.internal.Ladder;
import org.neiqin.invoicing.internal.OverdueReport;
import org.neiqin.invoicing.internal.StepDone;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The collection board (催款): the ladder's steps waiting for somebody — a reminder or letter that could not be mailed
 * (the back office does it by hand), an overdue report (the salesperson files it) — and every step with what was
 * mailed; a step's own page to do it.
 */
@Component
public class CollectionPage implements ConsolePage {
    static final String LABEL = "neiqin-collection";
    private static final String DONE = "done";
    private static final String REPORT = "report";

    @Reference
    private CollectionService collection;
    @Reference
    private InvoicingSettings settings;
    @Reference
    private org.neiqin.invoicing.internal.CollectionLadder ladder;
    @Reference
    private CollectionTable steps;

    private final PageActions actions = new PageActions()
            .on(DONE, r -> {
                CollectionStepView v = collection.done(r.number("id"), (int) r.number("version"),
                        Forms.bind(StepDone.class, r::param));
                return new Action(LABEL, r.msg("collection.doneSaved", v.invoiceNumber()));
            })
            .on(REPORT, r -> {
                CollectionStepView v = collection.report(r.number("id"), (int) r.number("version"),
                        Forms.bind(OverdueReport.class, r::param));
                return new Action(LABEL, r.msg("collection.reportSaved", v.invoiceNumber()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 420; }

    @Override
    public String title() { return "Collection"; }

    @Override
    public String permission() { return InvoicingModule.COLLECT; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") != null) {
            CollectionStepView v = collection.get(r.number("id"));
            if ("letter".equals(r.param("print"))) {
                return letter(r, v);
            }
            return step(r, v);
        }
        boolean all = "ALL".equals(r.param("show"));
        List<Block> blocks = new ArrayList<>();
        Ladder ladder = settings.ladder();
        boolean zh = "zh".equals(r.locale().getLanguage());
        blocks.add(new Paragraph(r.msg("collection.help", ladder.words(Ladder.Step.REMIND, zh),
                ladder.words(Ladder.Step.REPORT, zh), ladder.words(Ladder.Step.LETTER, zh), ladder.stopAt().map(s -> Labels.choice(r, s)).orElse(r.msg("collection.noStop")))));
        blocks.add(new Links(List.of(new Link(r.msg("collection.open"), LABEL), new Link(r.msg("collection.all"),
                LABEL + "?show=ALL"))));
        List<CollectionStepView> steps = collection.board(all ? CollectionService.Show.ALL : CollectionService.Show.OPEN,
                500);
        blocks.add(this.steps.table(r, steps));
        if (steps.isEmpty()) {
            blocks.add(new Paragraph(r.msg(all ? "collection.none" : "collection.noneOpen")));
        }
        return new Page(r.msg("collection.title"), blocks);
    }

    private Page step(PageRequest r, CollectionStepView v) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("collection.back"), LABEL),
                new Link(r.msg("collection.invoice", v.invoiceNumber()), InvoicePage.LABEL + "?id=" + v.invoiceId()),
                new Link(r.msg("collection.statement"), StatementPage.LABEL + "?customer=" + v.customerId()))));
        if (v.step() == Ladder.Step.LETTER && v.open()) {
            blocks.add(new Links(List.of(new Link(r.msg("collection.printLetter"), LABEL + "?id=" + v.id()
                    + "&print=letter"))));
        }
        if (v.mailState() == MailState.FAILED) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("collection.mailFailed", v.mailTo(), v.mailTries(), v.mailError())));
        }
        List<Properties.Property> facts = new ArrayList<>();
        facts.add(new Properties.Property(r.msg("column.customerName"), v.customerName()));
        facts.add(new Properties.Property(r.msg("collection.salesperson"), r.person(v.salesperson())));
        facts.add(new Properties.Property(r.msg("field.dueDate"), String.valueOf(v.dueDate())));
        facts.add(new Properties.Property(r.msg("collection.reachedOn"), String.valueOf(v.reachedOn())));
        facts.add(new Properties.Property(r.msg("collection.owed"), Cell.of(v.owedNow()).text()));
        facts.add(new Properties.Property(r.msg("collection.mail"), this.steps.mail(r, v)));
        if (v.doneAt() != null) {
            facts.add(new Properties.Property(r.msg("collection.doneBy"), r.person(v.doneBy()) + " " + r.time(v.doneAt())));
        }
        if (v.reason() != null) {
            facts.add(new Properties.Property(r.msg("field.reason"), v.reason()));
            facts.add(new Properties.Property(r.msg("field.promisedOn"), String.valueOf(v.promisedOn())));
        }
        if (v.note() != null) {
            facts.add(new Properties.Property(r.msg("field.note"), v.note()));
        }
        blocks.add(new Properties(facts));
        if (v.open()) {
            blocks.add(new Paragraph(CollectionTable.todo(r, v)));
            List<org.neiqin.api.console.Field> fields = new ArrayList<>();
            boolean report = v.step() == Ladder.Step.REPORT;
            fields.add(actions.field(report ? REPORT : DONE));
            fields.add(org.neiqin.api.console.Field.hidden("id", String.valueOf(v.id())));
            fields.add(org.neiqin.api.console.Field.hidden("version", String.valueOf(v.version())));
            fields.addAll(Labels.inputs(r, report ? OverdueReport.class : StepDone.class, n -> ""));
            blocks.add(Form.action(r.msg(report ? "collection.fileReport" : "collection.markDone"), fields));
        }
        return new Page(r.msg("collection.stepTitle", Labels.choice(r, v.step()), v.invoiceNumber(), v.customerName()),
                blocks);
    }

    /** The overdue letter as it would be mailed today, with its statement: one sheet to print and post. */
    private Page letter(PageRequest r, CollectionStepView v) {
        org.neiqin.invoicing.internal.CollectionLadder.Letter letter = ladder.letter(v.id()).orElseThrow(() ->
                new org.neiqin.api.error.ConflictException("paid", r.msg("collection.paid")));
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : letter.mail().text().split("\n\n")) {
            blocks.add(new Paragraph(paragraph.strip()));
        }
        blocks.add(new org.neiqin.api.console.Heading(r.msg("statement.heading", letter.statement().customerName(),
                letter.statement().from(), letter.statement().to())));
        blocks.addAll(StatementPage.of(r, letter.statement()));
        return new Page(letter.mail().subject(), blocks);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
