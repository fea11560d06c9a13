package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;
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
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.logistics.internal.CarrierRequest;
import org.neiqin.logistics.internal.CarrierService;
import org.neiqin.logistics.internal.CarrierView;
import org.neiqin.logistics.internal.LogisticsModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The register of logistics companies (物流公司): each with its agreement, whether it is screened and
 * usable today, and how it performed; the form to enter one, and a manager's screening.
 */
@Component
public class CarriersPage implements ConsolePage {
    static final String LABEL = "neiqin-logistics-carriers";
    static final String REGISTER = "register";
    static final String SCREEN = "screen";

    @Reference
    private CarrierService carriers;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(REGISTER, r -> {
                CarrierView v = carriers.register(Forms.bind(CarrierRequest.class, r::param));
                return new Action(LABEL, r.msg("carriers.registered", v.name()));
            })
            .on(SCREEN, r -> {
                CarrierView v = carriers.screen(r.number("id"), (int) r.number("version"), r.param("note"));
                return new Action(LABEL, r.msg("carriers.screenedMsg", v.name()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 310; }

    /** The columns the list is sorted by, each the figure of a carrier it sorts on. */
    private static final java.util.Map<String, java.util.function.Function<CarrierView, Comparable<?>>> SORTS =
            new java.util.LinkedHashMap<>();

    static {
        SORTS.put("name", CarrierView::name);
        SORTS.put("validTo", CarrierView::validTo);
        SORTS.put("shipments", CarrierView::shipments);
        SORTS.put("onTime", CarrierView::onTimePercent);
        SORTS.put("delay", CarrierView::averageDelayDays);
        SORTS.put("exceptions", CarrierView::exceptions);
        SORTS.put("freight", c -> c.freight() == null ? null : c.freight().amount());
    }

    /** @return the order of {@code key}, either way, a carrier without the figure last */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.Comparator<CarrierView> order(String key, boolean descending) {
        java.util.Comparator<Comparable> values = descending ? java.util.Comparator.reverseOrder()
                : java.util.Comparator.naturalOrder();
        return java.util.Comparator.comparing(c -> (Comparable) SORTS.get(key).apply(c), java.util.Comparator.nullsLast(values));
    }

    @Override
    public String title() { return "Carriers"; }

    @Override
    public String permission() { return LogisticsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        List<Block> blocks = new ArrayList<>();
        ListParams.onlyKnownInConsole(r.paramNames(), List.of());
        // the carriers are few: sorted here by the header the user clicked, the most reliable first if asked
        String sort = ListParams.sort(r.param("sort"), List.copyOf(SORTS.keySet()), "name");
        List<CarrierView> all = new ArrayList<>(carriers.list());
        all.sort(order(sort, ListParams.bool("desc", r.param("desc"), false)).thenComparing(CarrierView::id));
        List<List<Cell>> rows = new ArrayList<>();
        for (CarrierView c : all) {
            rows.add(List.of(Cell.of(c.name()), Cell.of(join(c.contact(), c.phone())), Cell.of(c.validFrom() + " – " + c.validTo()),
                    Cell.of(c.screenedBy() == null ? r.msg("carriers.no") : r.person(c.screenedBy()) + ": " + c.screeningNote()),
                    Cell.of(r.msg(c.usableToday() ? "carriers.yes" : "carriers.no")), Cell.of(c.shipments()),
                    Cell.of(c.onTimePercent() == null ? "" : plain(c.onTimePercent()) + " %"),
                    Cell.of(c.averageDelayDays() == null ? "" : plain(c.averageDelayDays())), Cell.of(c.exceptions()),
                    Cell.of(c.freight()), Cell.of(join(c.agreement(), c.rates()))));
        }
        if (all.isEmpty()) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("carriers.none")));
        } else {
            blocks.add(new Table(List.of(r.msg("column.carrier"), r.msg("field.contact"), r.msg("column.valid"),
                    r.msg("column.screened"), r.msg("column.usable"), r.msg("column.shipments"), r.msg("column.onTime"),
                    r.msg("column.delay"), r.msg("column.exceptions"), r.msg("column.freight"), r.msg("field.agreement")),
                    rows, null, "carriers").sortedBy(java.util.Arrays.asList("name", null, "validTo", null, null, "shipments",
                            "onTime", "delay", "exceptions", "freight", null)));
        }
        if (security.isPermitted(r.actor(), LogisticsModule.SCREEN)) {
            for (CarrierView c : all) {
                if (c.screenedBy() == null) {
                    blocks.add(Form.action(r.msg("carriers.screen", c.name()), List.of(actions.field(SCREEN),
                            Field.hidden("id", String.valueOf(c.id())), Field.hidden("version", String.valueOf(c.version())),
                            new Field("note", r.msg("carriers.screening"), Field.Type.TEXT, null, List.of(), true))));
                }
            }
        }
        if (security.isPermitted(r.actor(), LogisticsModule.CARRIERS)) {
            blocks.add(new Heading(r.msg("carriers.register")));
            List<Field> fields = new ArrayList<>(List.of(actions.field(REGISTER)));
            for (java.lang.reflect.RecordComponent c : CarrierRequest.class.getRecordComponents()) {
                fields.add(Labels.input(r, c, r.param(c.getName())));
            }
            blocks.add(Form.action(r.msg("carriers.register"), fields));
        }
        return new Page(r.msg("carriers.title"), blocks);
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " · " : "") + (b == null ? "" : b);
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
