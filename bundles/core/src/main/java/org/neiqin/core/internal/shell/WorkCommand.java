package org.neiqin.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.api.work.WorkRun;
import org.neiqin.api.work.WorkScheduler;

/**
 * {@code neiqin:work [name]}: the scheduled work of the installed modules, where and when it last ran and what it did;
 * with a name, runs that piece now (once across the nodes: refused while another node runs it).
 */
@Service
@Command(scope = "neiqin", name = "work", description = "Lists the scheduled work, or runs the named piece now")
public class WorkCommand implements Action {
    @Reference
    private WorkScheduler scheduler;

    @Argument(index = 0, name = "name", description = "the work to run now (as listed)", required = false)
    private String name;

    @Override
    public Object execute() {
        if (name != null) {
            print(java.util.List.of(scheduler.runNow(name)));
        } else {
            print(scheduler.list());
        }
        return null;
    }

    private static void print(java.util.List<WorkRun> runs) {
        TextTable table = new TextTable("Name", "Every", "Running on", "Last start", "Last end", "Node", "Runs",
                "Outcome");
        for (WorkRun r : runs) {
            table.row(r.name(), r.every(), r.runningOn() == null ? "" : r.runningOn(),
                    r.lastStart() == null ? "never" : r.lastStart(), r.lastEnd() == null ? "" : r.lastEnd(),
                    r.lastNode() == null ? "" : r.lastNode(), r.runs(),
                    (r.failed() ? "FAILED: " : "") + (r.lastOutcome() == null ? "" : r.lastOutcome()));
        }
        table.print(System.out);
    }
}
