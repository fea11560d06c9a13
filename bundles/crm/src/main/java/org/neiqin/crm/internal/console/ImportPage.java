package org.neiqin.crm.internal.console;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.CsvImport;
import org.neiqin.crm.internal.CustomerImports;
import org.neiqin.kit.console.ImportScreen;
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.imports.RecordImport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Import of customer cards from a workbook or CSV file (the kit's {@link ImportScreen}): "check" is a dry run that
 * lists every bad row (row, field, reason) and changes nothing; "import" creates all cards in one transaction, and
 * only from a clean file.
 */
@Component
public class ImportPage implements ConsolePage {
    private static final String LABEL = "neiqin-customer-import";

    private final ImportScreen screen;

    @Activate
    public ImportPage(@Reference CustomerImports crm) {
        screen = new ImportScreen(new ImportScreen.Importer() {
            @Override
            public RecordImport.Checked check(ImportFile file, String charset) {
                return crm.checkImport(file, charset);
            }

            @Override
            public int run(ImportFile file, String charset) {
                return crm.importCustomers(file, charset).report().records();
            }
        }, r -> CsvImport.definition(null, null), "neiqin-customers");
    }

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
        return screen.render(r);
    }

    @Override
    public Action submit(PageRequest r) {
        return screen.submit(r);
    }
}
