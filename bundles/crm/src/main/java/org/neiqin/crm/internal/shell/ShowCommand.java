package org.neiqin.crm.internal.shell;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.crm.internal.CustomerView;
import org.neiqin.kit.form.Forms;

/** {@code crm:show <id>}: every fact on one customer card. */
@Service
@Command(scope = "crm", name = "show", description = "Shows a customer card")
public class ShowCommand implements Action {
    @Reference
    private CustomerService crm;

    @Argument(index = 0, name = "id", description = "customer id", required = true)
    private long id;

    @Override
    public Object execute() {
        CustomerView v = crm.get(id);
        System.out.println(v.code() + "  " + v.data().fullName() + (v.archived() ? "  [archived]" : ""));
        System.out.println("  version: " + v.version() + ", grade: " + v.grade() + ", updated " + v.updatedAt() + " by "
                + v.updatedBy());
        for (Map.Entry<String, String> e : Forms.strings(v.data()).entrySet()) {
            if (!e.getValue().isEmpty()) {
                System.out.println("  " + e.getKey() + ": " + e.getValue());
            }
        }
        for (CustomerView.Contact c : v.contacts()) {
            System.out.println("  contact: " + c.data().name() + " " + (c.data().roleTitle() == null ? "" : c.data().roleTitle())
                    + " " + (c.data().phone() == null ? "" : c.data().phone()));
        }
        return null;
    }
}
