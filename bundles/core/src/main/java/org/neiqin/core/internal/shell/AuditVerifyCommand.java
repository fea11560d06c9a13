package org.neiqin.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.audit.AuditVerification;

/** {@code neiqin:audit-verify}: re-computes every audit hash chain and reports tampering. */
@Service
@Command(scope = "neiqin", name = "audit-verify", description = "Verifies the audit trail's hash chains")
public class AuditVerifyCommand implements Action {
    @Reference
    private AuditService audit;

    @Override
    public Object execute() {
        AuditVerification v = audit.verify();
        if (v.intact()) {
            System.out.println("Audit trail intact: " + v.entriesChecked() + " entries in " + v.chainsChecked()
                    + " chains verified.");
        } else {
            System.out.println("AUDIT TRAIL BROKEN: " + v.problems().size() + " problem(s) in " + v.entriesChecked()
                    + " entries:");
            v.problems().forEach(p -> System.out.println("  " + p));
        }
        return null;
    }
}
