package org.neiqin.catalog.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.crm.Grade;
import org.neiqin.catalog.internal.ProductService;
import org.neiqin.catalog.internal.ProductView;
import org.neiqin.catalog.internal.prices.PriceFinder;
import org.neiqin.kit.form.Forms;

/**
 * {@code catalog:price [-g KEY] [-r LN] [-c 42] [-d 2026-12-08] <product code>}: the price a
 * customer pays, and the list and version it comes from (the feature's ACL says who may run it).
 */
@Service
@Command(scope = "catalog", name = "price", description = "Shows the price a customer pays for a product on a day")
public class PriceCommand implements Action {
    @Reference
    private ProductService products;
    @Reference
    private PriceFinder prices;

    @Argument(index = 0, name = "code", description = "the product's code", required = true)
    private String code;

    @Option(name = "-c", aliases = "--customer", description = "the customer's id (its own list)")
    private Long customer;

    @Option(name = "-g", aliases = "--grade", description = "the customer's grade: KEY, GENERAL or SCATTERED")
    private String grade;

    @Option(name = "-r", aliases = "--region", description = "the customer's region code")
    private String region;

    @Option(name = "-d", aliases = "--on", description = "the day (yyyy-MM-dd), today by default")
    private String on;

    @Override
    public Object execute() {
        ProductView p = products.byCode(code).orElseThrow(() -> new IllegalArgumentException("no product " + code));
        LocalDate day = on == null ? prices.today() : Forms.parse(LocalDate.class, "on", on);
        Catalog.PriceFor who = new Catalog.PriceFor(customer, Forms.choice(Grade.class, "grade", grade),
                Forms.trimmed(region));
        System.out.println(prices.price(p.id(), who, day).map(lp -> p.data().code() + " " + p.data().name() + ": "
                + lp.price().amount().toPlainString() + " " + lp.price().currency().getCurrencyCode() + " on " + day
                + " (list " + lp.listCode() + ", version " + lp.version() + ")")
                .orElse("no price list has a price for " + p.data().code() + " on " + day));
        return null;
    }
}
