package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.contracts.internal.StockUpState;
import org.neiqin.contracts.internal.StockUpService;
import org.neiqin.contracts.internal.StockUpView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;

/** Stock-up requests as the document page and the purchasing list show them. */
final class StockUps {
    private StockUps() {
    }

    static Table table(PageRequest r, List<StockUpView> requests, String exportName) {
        List<List<Cell>> rows = new ArrayList<>();
        for (StockUpView s : requests) {
            rows.add(List.of(Cell.of(s.id()), Cell.link(s.documentNumber(), DocumentPage.LABEL + "?id=" + s.documentId()
                    + "&tab=stock-ups"), Cell.of(s.product()), Cell.of(s.quantityNeeded().stripTrailingZeros().toPlainString()
                    + " " + s.unit()), Cell.of(s.stockOnHand() == null ? "" : s.stockOnHand().stripTrailingZeros()
                    .toPlainString()), Cell.of(s.neededBy()), Cell.of(s.note()), Cell.of(Labels.choice(r, s.state())),
                    Cell.of(s.answer()), Cell.of(s.requestedBy()), Cell.of(s.handledBy())));
        }
        return new Table(List.of("#", r.msg("field.number"), r.msg("line.product"), r.msg("stockUp.quantityNeeded"),
                r.msg("stockUp.stockOnHand"), r.msg("stockUp.neededBy"), r.msg("stockUp.note"), r.msg("field.state"),
                r.msg("stockups.answer"), r.msg("stockups.requestedBy"), r.msg("stockups.handledBy")), rows, null,
                exportName);
    }

    /** A form answering one request; {@code backParam} keeps the page it is shown on. */
    static Form answerForm(PageRequest r, PageActions actions, StockUpView s, String backParam, String backValue) {
        List<Field.Option> states = new ArrayList<>();
        for (StockUpState st : StockUpState.values()) {
            if (st != StockUpState.REQUESTED && (s.state() == StockUpState.REQUESTED
                    || st == StockUpState.DONE)) {
                states.add(new Field.Option(st.name(), Labels.choice(r, st)));
            }
        }
        return Form.action(r.msg("stockups.answerOne", s.id(), s.product()), List.of(
                actions.field(ANSWER), Field.hidden(backParam, backValue),
                Field.hidden("stockUp", String.valueOf(s.id())), Field.hidden("version", String.valueOf(s.version())),
                new Field("state", r.msg("field.state"), Field.Type.SELECT, null, states, true),
                new Field("answer", r.msg("stockups.answer"), Field.Type.TEXT, s.answer(), List.of(), false)));
    }

    /** The action of {@link #answerForm}: both pages that show requests handle it with {@link #answer}. */
    static final String ANSWER = "answerStockUp";

    static void answer(StockUpService stockUps, PageRequest r) {
        stockUps.answer(r.number("stockUp"), (int) r.number("version"),
                Forms.choice(StockUpState.class, "state", r.param("state")), r.param("answer"));
    }

    /** A document's "Stock-up requests" tab: its requests, purchasing's answers, and the office's new request. */
    static void tab(PageRequest r, org.neiqin.contracts.internal.DocumentView v, List<StockUpView> requests,
            org.neiqin.api.security.SecurityService security, PageActions actions, String requestAction,
            List<org.neiqin.api.console.Block> blocks) {
        blocks.add(table(r, requests, null));
        for (StockUpView s : requests) {
            if (security.isPermitted(r.actor(), org.neiqin.contracts.internal.ContractsModule.STOCK)
                    && (s.state() == StockUpState.REQUESTED || s.state() == StockUpState.ACCEPTED)) {
                blocks.add(answerForm(r, actions, s, "id", String.valueOf(v.id())));
            }
        }
        if (security.isPermitted(r.actor(), org.neiqin.contracts.internal.ContractsModule.WRITE)
                && v.kind() != org.neiqin.api.contracts.DocumentKind.QUOTATION
                && v.state() != org.neiqin.api.contracts.DocumentState.CLOSED) {
            List<Field.Option> lines = new ArrayList<>();
            for (org.neiqin.api.contracts.ContractLine l : v.lines()) {
                lines.add(new Field.Option(String.valueOf(l.id()), l.lineNo() + ". " + l.product() + " "
                        + (l.spec() == null ? "" : l.spec()) + " — " + DocumentTabs.plain(l.quantity()) + " " + l.unit()));
            }
            blocks.add(new org.neiqin.api.console.Heading(r.msg("stockups.request")));
            blocks.add(Form.action(r.msg("stockups.request"), List.of(actions.field(requestAction),
                    Field.hidden("id", String.valueOf(v.id())),
                    new Field("lineKey", r.msg("stockUp.lineKey"), Field.Type.SELECT, null, lines, true),
                    new Field("quantityNeeded", r.msg("stockUp.quantityNeeded"), Field.Type.NUMBER, null, List.of(), true),
                    new Field("stockOnHand", r.msg("stockUp.stockOnHand"), Field.Type.NUMBER, null, List.of(), false),
                    new Field("neededBy", r.msg("stockUp.neededBy"), Field.Type.DATE, null, List.of(), true),
                    new Field("note", r.msg("stockUp.note"), Field.Type.TEXTAREA, null, List.of(), false))));
        }
    }
}
