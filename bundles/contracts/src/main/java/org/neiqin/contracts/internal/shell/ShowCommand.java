package org.neiqin.contracts.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.shell.TextTable;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.kit.form.Forms;

/** {@code contracts:show ID}: a document's header and its fulfilment schedule, line by line. */
@Service
@Command(scope = "contracts", name = "show", description = "Shows a document and its fulfilment schedule")
public class ShowCommand implements Action {
    @Reference
    private ContractLedger ledger;
    @Reference
    private DocumentReader reader;

    @Argument(index = 0, name = "id", description = "document id", required = true)
    private long id;

    @Override
    public Object execute() {
        DocumentView v = reader.get(id);
        System.out.println(v.kind() + " " + v.displayNumber() + " — " + v.state() + " — version " + v.version() + ", revision " + v.revision()
                + (v.pendingRevision() == null ? "" : " (amendment " + v.pendingRevision() + " pending)"));
        System.out.println("customer: " + v.customerName());
        Forms.strings(v.data()).forEach((k, value) -> {
            if (!value.isEmpty() && !k.equals("customerId")) {
                System.out.println(k + ": " + value);
            }
        });
        if (v.creditCheck() != null) {
            System.out.println("credit: " + v.creditCheck());
        }
        FulfilmentSchedule s = ledger.schedule(id);
        TextTable table = new TextTable("#", "Product", "Spec", "Ordered", "Unit", "Unit price", "Amount", "Delivered",
                "To deliver", "Invoiced", "Paid");
        for (FulfilmentSchedule.Row row : s.lines()) {
            table.row(row.line().lineNo(), row.line().product(), row.line().spec(),
                    row.line().quantity().stripTrailingZeros().toPlainString(), row.line().unit(), row.line().unitPrice(),
                    row.line().amount(), row.delivered().stripTrailingZeros().toPlainString(),
                    row.toDeliver().stripTrailingZeros().toPlainString(), row.invoiced(), row.paid());
        }
        table.print(System.out);
        System.out.println("total " + v.total() + " — fulfilment " + s.status() + " — receivable " + s.receivable()
                + (s.sources().isEmpty() ? " (no logistics or invoicing module installed)" : " (from " + s.sources() + ")"));
        return null;
    }
}
