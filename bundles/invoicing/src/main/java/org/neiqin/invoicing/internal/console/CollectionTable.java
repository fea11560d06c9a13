package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.mail.Mailer;
import org.neiqin.invoicing.internal.CollectionStepView;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The ladder's steps as a table, with what was mailed and what is left to do: on the collection board and an invoice. */
@Component(service = CollectionTable.class)
public class CollectionTable {
    static final String LABEL = CollectionPage.LABEL;

    @Reference
    private Mailer mailer;

    /** @return the steps as the board lists them (also on an invoice's page) */
    public Table table(PageRequest r, List<CollectionStepView> steps) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CollectionStepView v : steps) {
            rows.add(List.of(Cell.link(v.invoiceNumber(), InvoicePage.LABEL + "?id=" + v.invoiceId()),
                    Cell.of(v.customerName()), Cell.of(r.person(v.salesperson())),
                    Cell.link(Labels.choice(r, v.step()), LABEL + "?id=" + v.id()), Cell.of(v.dueDate()),
                    Cell.of(v.daysPastDue()), Cell.of(v.owedNow()), Cell.of(mail(r, v)), Cell.of(todo(r, v))));
        }
        return new Table(List.of(r.msg("column.number"), r.msg("column.customerName"), r.msg("collection.salesperson"),
                r.msg("collection.step"), r.msg("field.dueDate"), r.msg("collection.daysPastDue"), r.msg("collection.owed"),
                r.msg("collection.mail"), r.msg("collection.todo")), rows, null, "collection");
    }

    String mail(PageRequest r, CollectionStepView v) {
        return switch (v.mailState()) {
            case SENT -> r.msg("collection.mailSent", v.mailTo(), r.time(v.mailedAt()));
            case PENDING -> r.msg(mailer.configured() ? "collection.mailPending" : "collection.mailNoServer", v.mailTo());
            case FAILED -> r.msg("collection.mailNotSent", v.mailTo(), v.mailError());
            default -> switch (v.step()) {
                case REMIND -> r.msg("collection.noAddressSales", r.person(v.salesperson()), v.salesperson());
                case LETTER -> r.msg("collection.noAddressCustomer");
                default -> "";
            };
        };
    }

    static String todo(PageRequest r, CollectionStepView v) {
        if (!v.open()) {
            return v.doneAt() != null ? r.msg("collection.isDone") : r.msg("collection.paid");
        }
        return switch (v.step()) {
            case REMIND -> r.msg("collection.todoRemind", r.person(v.salesperson()));
            case REPORT -> r.msg("collection.todoReport", r.person(v.salesperson()));
            case LETTER -> r.msg("collection.todoLetter", r.person(v.salesperson()));
        };
    }
}
