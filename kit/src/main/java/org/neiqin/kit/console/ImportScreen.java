package org.neiqin.kit.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
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
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.imports.RecordImport;

/**
 * A console page importing records from a file ({@link RecordImport}): a workbook or CSV file uploaded, or CSV text
 * pasted; "check" is a dry run that lists every bad row (row, field, reason) and changes nothing; "import" stores
 * every record in one transaction, and only from a clean file; the template below. The words common to every import
 * are core's ({@code import.check}, {@code import.problems} …); the module gives {@code import.title},
 * {@code import.help}, {@code import.read}, {@code import.clean} and {@code import.done}.
 */
public final class ImportScreen {
    /** What the page does with a file: check it, and import it (the module's service, which checks permissions). */
    public interface Importer {
        RecordImport.Checked check(ImportFile file, String charset);

        /** @return how many records were stored */
        int run(ImportFile file, String charset);
    }

    static final String CHECK = "check";
    static final String IMPORT = "import";

    private final Importer importer;
    private final Function<PageRequest, RecordImport<?>> form;
    private final String doneHref;
    private final PageActions actions = new PageActions()
            .on(CHECK, r -> checkOrImport(r, false))
            .on(IMPORT, r -> checkOrImport(r, true));

    /**
     * @param form the import whose columns and example the template shows to the reader (downloaded as CSV or
     *        Excel)
     * @param doneHref where an import done leads (the list of what was imported)
     */
    public ImportScreen(Importer importer, Function<PageRequest, RecordImport<?>> form, String doneHref) {
        this.importer = importer;
        this.form = form;
        this.doneHref = doneHref;
    }

    /** @return the page as first opened */
    public Page render(PageRequest r) {
        return page(r, "", new ArrayList<>());
    }

    /** Handles the page's forms. */
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }

    private Page page(PageRequest r, String text, List<Block> result) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(r.msg("import.help")));
        blocks.addAll(result);
        blocks.add(form(r, CHECK, r.msg("import.check"), text));
        blocks.add(form(r, IMPORT, r.msg("import.run"), text));
        // the columns and an example row, downloaded as the file to start from
        blocks.add(new Heading(r.msg("import.template")));
        RecordImport<?> template = form.apply(r);
        List<List<Cell>> example = List.of(template.example().stream().map(Cell::of).toList());
        blocks.add(new Table(template.columns(), example, null, "template"));
        return new Page(r.msg("import.title"), blocks);
    }

    private Form form(PageRequest r, String action, String label, String text) {
        return Form.action(label, List.of(actions.field(action),
                Field.file("file", r.msg("import.file"), false),
                Field.text("charset", r.msg("import.charset"), r.param("charset")),
                new Field("csv", r.msg("import.text"), Field.Type.TEXTAREA, text, List.of(), false)));
    }

    /** Reads what was sent (a file, else pasted text); imports it when {@code run} and it is clean. */
    private Action checkOrImport(PageRequest r, boolean run) {
        String text = r.param("csv") == null ? "" : r.param("csv");
        byte[] file = r.file("file");
        if (file == null && text.isBlank()) {
            throw new ValidationException("file", "required", Text.of("import.nothing", "pick a file, or paste its text"));
        }
        // a workbook or a CSV file as the office saved it is read as the REST import reads it; pasted text is the page's
        String charset = file != null ? r.param("charset") : "UTF-8";
        List<Block> result = new ArrayList<>();
        try (ImportFile upload = ImportFile.of(file != null ? file : text.getBytes(StandardCharsets.UTF_8))) {
            RecordImport.Checked checked = importer.check(upload, charset);
            RecordImport.Report report = checked.report();
            if (file != null) {
                result.add(new Notice(Notice.Level.INFO, r.msg("import.read", checked.format(),
                        String.join(", ", report.sample()))));
            }
            if (!report.clean()) {
                List<List<Cell>> rows = new ArrayList<>();
                for (RecordImport.Problem p : report.problems()) {
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
                return new Action(doneHref, r.msg("import.done", importer.run(upload, charset)));
            }
            result.add(new Notice(Notice.Level.SUCCESS, r.msg("import.clean", report.records())));
            return Action.show(page(r, text, result));
        }
    }
}
