package org.neiqin.crm.internal.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.CsvImport;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.crm.internal.ImportCheck;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.imports.ImportFile;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * CSV import of customer cards: "check" is a dry run that lists every bad row (row, field,
 * reason) and changes nothing; "import" creates all cards in one transaction, and only from a
 * clean file.
 */
@Component
public class ImportPage implements ConsolePage {
    private static final String LABEL = "neiqin-customer-import";

    static final String CHECK = "check";
    static final String IMPORT = "import";

    @Reference
    private CustomerService crm;

    private final PageActions actions = new PageActions()
            .on(CHECK, r -> checkOrImport(r, false))
            .on(IMPORT, r -> checkOrImport(r, true));

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 130; }

    @Override
    public String title() { return "Customer import"; }

    @Override
    public String permission() { return CrmModule.IMPORT; }

    @Override
    public Page render(PageRequest r) {
        return page(r, "", new ArrayList<>());
    }

    private Page page(PageRequest r, String text, List<Block> result) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(r.msg("import.help")));
        blocks.addAll(result);
        blocks.add(form(r, CHECK, r.msg("import.check"), text));
        blocks.add(form(r, IMPORT, r.msg("import.run"), text));
        blocks.add(new Heading(r.msg("import.template")));
        blocks.add(new Paragraph(CsvImport.template()));
        return new Page(r.msg("import.title"), blocks);
    }

    private Form form(PageRequest r, String action, String label, String text) {
        return Form.action(label, List.of(actions.field(action),
                Field.file("file", r.msg("import.file"), false),
                Field.text("charset", r.msg("import.charset"), r.param("charset")),
                new Field("csv", r.msg("import.text"), Field.Type.TEXTAREA, text, List.of(), false)));
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }

    /** Reads what was sent (a file, else pasted text); imports it when {@code run} and it is clean. */
    private Action checkOrImport(PageRequest r, boolean run) {
        String text = r.param("csv") == null ? "" : r.param("csv");
        byte[] file = r.file("file");
        if (file == null && text.isBlank()) {
            throw new ValidationException("file", "required", Text.of("crm.import.nothing",
                    "pick a file, or paste its text"));
        }
        // a workbook or a CSV file as the office saved it is read as the REST import reads it; pasted text is the page's
        String charset = file != null ? r.param("charset") : "UTF-8";
        List<Block> result = new ArrayList<>();
        try (ImportFile upload = ImportFile.of(file != null ? file : text.getBytes(StandardCharsets.UTF_8))) {
            ImportCheck checked = crm.checkImport(upload, charset);
            CsvImport.Report report = checked.report();
            if (file != null) {
                result.add(new Notice(Notice.Level.INFO, r.msg("import.read", checked.format(),
                        String.join(", ", report.sample()))));
            }
            if (!report.clean()) {
                List<List<Cell>> rows = new ArrayList<>();
                for (CsvImport.Problem p : report.problems()) {
                    rows.add(List.of(Cell.of(p.row()), Cell.of(p.field()), Cell.of(p.message())));
                }
                result.add(new Notice(Notice.Level.ERROR, report.problemCount() > report.problems().size()
                        ? r.msg("import.problemsMore", report.problemCount(), report.problems().size())
                        : r.msg("import.problems", report.problemCount())));
                result.add(new Table(List.of(r.msg("import.row"), r.msg("import.field"), r.msg("import.reason")), rows,
                        null, null));
                return Action.show(page(r, text, result));
            }
            if (run) {
                int n = crm.importCustomers(upload, charset).report().customers();
                return new Action("neiqin-customers", r.msg("import.done", n));
            }
            result.add(new Notice(Notice.Level.SUCCESS, r.msg("import.clean", report.customers())));
            return Action.show(page(r, text, result));
        }
    }
}
