package org.neiqin.crm.internal.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.crm.internal.CustomerData;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.crm.internal.CustomerView;
import org.neiqin.kit.form.Forms;

/**
 * {@code crm:add "Full name" field=value ...}: a new customer card, e.g.
 * {@code crm:add "沈阳北方机械有限公司" nature=GENERAL_COMPANY region=LN route=SY phone=024-2345678}.
 */
@Service
@Command(scope = "crm", name = "add", description = "Adds a customer card")
public class AddCommand implements Action {
    @Reference
    private CustomerService crm;

    @Argument(index = 0, name = "fullName", description = "registered full name", required = true)
    private String fullName;

    @Argument(index = 1, name = "fields", description = "more facts as field=value (see crm:show for names)",
            multiValued = true, required = false)
    private List<String> fields;

    @Override
    public Object execute() {
        Map<String, String> values = new HashMap<>();
        values.put("fullName", fullName);
        values.put("lifecycle", "PROSPECTIVE");
        values.put("nature", "GENERAL_COMPANY");
        values.put("paymentTerms", "PREPAYMENT");
        values.put("infoSource", "OTHER");
        if (fields != null) {
            for (String f : fields) {
                int eq = f.indexOf('=');
                if (eq < 1) {
                    System.err.println("'" + f + "' is not field=value");
                    return null;
                }
                values.put(f.substring(0, eq), f.substring(eq + 1));
            }
        }
        CustomerData data = Forms.bind(CustomerData.class, Forms.inCurrency(values::get, crm.currency()));
        CustomerView v = crm.create(data);
        System.out.println("Created customer " + v.code() + " (id " + v.id() + ")");
        return null;
    }
}
