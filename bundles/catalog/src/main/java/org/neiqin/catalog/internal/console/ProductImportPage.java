package org.neiqin.catalog.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.ProductImport;
import org.neiqin.catalog.internal.ProductService;
import org.neiqin.kit.console.ImportScreen;
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.imports.RecordImport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Import of products from a workbook or CSV file (the kit's {@link ImportScreen}: check, then import all rows or
 * none), and the export of every product in the same columns, so that a catalogue is changed in a spreadsheet and
 * read back.
 */
@Component
public class ProductImportPage implements ConsolePage {
    static final String LABEL = "neiqin-product-import";
    /** The rows of the export the page shows; the export itself has them all. */
    private static final int PREVIEW = 5;

    private final ProductService products;
    private final ImportScreen screen;

    @Activate
    public ProductImportPage(@Reference ProductService products, @Reference SecurityService security) {
        this.products = products;
        screen = new ImportScreen(new ImportScreen.Importer() {
            @Override
            public RecordImport.Checked check(ImportFile file, String charset) {
                return products.checkImport(file, charset);
            }

            @Override
            public int run(ImportFile file, String charset) {
                return products.importProducts(file, charset).report().records();
            }
        }, r -> ProductImport.definition(null, security.isPermitted(r.actor(), CatalogModule.COST)),
                ProductListPage.LABEL);
    }

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Product import"; }

    @Override
    public String permission() { return CatalogModule.WRITE; }

    @Override
    public Page render(PageRequest r) {
        Page page = screen.render(r);
        List<Block> blocks = new ArrayList<>(page.blocks());
        // every product in the import's columns: exported whole, shown by its first rows
        List<List<String>> all = products.export();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<String> row : all.subList(1, r.isExport() ? all.size() : Math.min(all.size(), PREVIEW + 1))) {
            rows.add(row.stream().map(Cell::of).toList());
        }
        blocks.add(new Heading(r.msg("import.export")));
        blocks.add(new Paragraph(r.msg("import.exportHelp", all.size() - 1)));
        blocks.add(new Table(all.get(0), rows, null, "products"));
        return new Page(page.title(), blocks);
    }

    @Override
    public Action submit(PageRequest r) {
        return screen.submit(r);
    }
}
