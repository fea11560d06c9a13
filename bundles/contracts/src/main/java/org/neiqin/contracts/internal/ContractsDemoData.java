package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DraftService;
import org.neiqin.contracts.internal.InForceService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.neiqin.api.money.CompanyCurrency;

/**
 * Quotations, orders and contracts for the demo customers, prepared by the demo assistant and
 * reviewed by the demo manager through the same services and review rounds a user goes through.
 */
@Component
public class ContractsDemoData implements DemoDataProvider {
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));
    private static final Actor MANAGER = new Actor("manager", Set.of(Roles.MANAGER));
    private static final Actor PLANNING = new Actor("planning", Set.of(Roles.PLANNING));

    @Reference
    private DocumentReader reader;
    @Reference
    private DraftService drafts;
    @Reference
    private InForceService inForce;
    @Reference
    private StockUpService stockUps;
    @Reference
    private ShipDateService shipDates;
    @Reference
    private CustomerDirectory customers;
    @Reference
    private ReviewService reviews;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyClock clock;
    @Reference
    private CompanyCurrency currency;

    @Override
    public String name() {
        return "contracts.documents";
    }

    @Override
    public Set<String> requires() {
        return Set.of("crm.customers");
    }

    @Override
    public void load() {
        LocalDate today = clock.today();
        Long north = customer("北方机械");
        Long harbour = customer("港湾贸易");
        Long mining = customer("抚矿物资");
        Long huaxin = customer("华信科技");
        if (north == null || harbour == null || mining == null || huaxin == null) {
            throw new IllegalStateException("the crm demo customers are not there: nothing loaded");
        }
        DocumentView quote = prepare(DocumentKind.QUOTATION, north, today.minusDays(40), today.minusDays(10),
                List.of(line("热轧卷板", "Q235B 4.0×1500", "60", "t", "4280.00", "60000"),
                        line("冷轧板", "SPCC 1.0×1250", "20", "t", "5150.00", "20000")));
        approve(quote);
        DocumentView order = security.runAs(ASSISTANT, () -> drafts.convert(quote.id(), reader.get(quote.id()).version()));
        approve(order);
        // over the customer's credit limit of 300 000: it waits in credit hold for the manager
        DocumentView harbourOrder = prepare(DocumentKind.ORDER, harbour, today.minusDays(20), today.plusDays(10),
                List.of(line("镀锌板", "DX51D+Z 0.8×1000", "60", "t", "5680.00", "60000")));
        approve(harbourOrder);
        security.runAs(ASSISTANT, () -> stockUps.request(harbourOrder.id(), new StockUpData(
                reader.get(harbourOrder.id()).lines().get(0).id(), new BigDecimal("60"), new BigDecimal("25"),
                today.plusDays(5), "客户要求分两批发货 / two shipments")));
        DocumentView contract = prepare(DocumentKind.SALES_CONTRACT, mining, today.minusDays(60), today.plusDays(30),
                List.of(line("矿用工字钢", "11# 9m", "100", "t", "4650.00", null),
                        line("U型钢支架", "U29 3.6m", "500", "pcs", "365.00", null)));
        approve(contract);
        DocumentView effective = reader.get(contract.id());
        security.runAs(ASSISTANT, () -> inForce.amend(effective.id(), effective.version(), effective.data(),
                List.of(lineOf(effective, 0, "120"), lineOf(effective, 1, "500")), "客户追加20吨 / customer adds 20 t"));
        decide(ContractsModule.REVIEW_AMENDMENT, effective.id() + "/2");
        // planning answers the contract: the beams need a production order and ship ten days after the date promised
        // (the office has to tell the customer), the supports ship in time
        DocumentView amended = reader.get(contract.id());
        security.runAs(PLANNING, () -> shipDates.commit(amended.id(), amended.lines().get(0).id(), null,
                new ShipDateData(new BigDecimal("35"), "SC-" + today.getYear() + "-0118", today.plusDays(40),
                        "轧机检修，需排产 / mill maintenance, production order raised")));
        security.runAs(PLANNING, () -> shipDates.commit(amended.id(), amended.lines().get(1).id(), null,
                new ShipDateData(new BigDecimal("620"), null, today.plusDays(20), null)));
        // a hardware shop's prepaid order in force waits for planning's date; the office has chased it once
        Long shop = customer("张三五金");
        if (shop != null) {
            DocumentView shopOrder = prepare(DocumentKind.ORDER, shop, today.minusDays(1), today.plusDays(7),
                    List.of(line("镀锌板", "DX51D+Z 0.5×1000", "3", "t", "5720.00", "3000")));
            approve(shopOrder);
            security.runAs(ASSISTANT, () -> shipDates.chase(shopOrder.id(), reader.get(shopOrder.id()).lines().get(0).id()));
        }
        DocumentView pending = prepare(DocumentKind.ORDER, huaxin, today.minusDays(2), today.plusDays(21),
                List.of(line("不锈钢板", "304 2.0×1219", "15", "t", "16800.00", "15000")));
        security.runAs(ASSISTANT, () -> drafts.submit(pending.id(), reader.get(pending.id()).version()));
        prepare(DocumentKind.PURCHASE_CONTRACT, mining, today, today.plusDays(45),
                List.of(line("钢带", "Q195 2.5×355", "80", "t", "4020.00", "80000")));
    }

    private Long customer(String shortName) {
        List<CustomerSummary> found = security.runAs(MANAGER, () -> customers.search(shortName, 1));
        return found.isEmpty() ? null : found.get(0).id();
    }

    /** @return a line priced in the company's currency */
    private LineData line(String product, String spec, String qty, String unit, String price, String weight) {
        return new LineData(null, null, product, spec, new BigDecimal(qty), unit, currency.of(new BigDecimal(price)),
                weight == null ? null : new BigDecimal(weight));
    }

    private static LineData lineOf(DocumentView v, int i, String qty) {
        org.neiqin.api.contracts.ContractLine l = v.lines().get(i);
        return new LineData(l.id(), l.productId(), l.product(), l.spec(), new BigDecimal(qty), l.unit(), l.unitPrice(),
                l.weight());
    }

    private DocumentView prepare(DocumentKind kind, long customer, LocalDate date, LocalDate delivery,
            List<LineData> lines) {
        DocumentData d = new DocumentData(customer, date, delivery, null, null, null, null, null, null, null,
                kind == DocumentKind.ORDER || kind == DocumentKind.QUOTATION ? null : "沈阳 Shenyang",
                PaymentTerms.MONTHLY_SETTLEMENT, null, null, null);
        return security.runAs(ASSISTANT, () -> drafts.create(kind, d, lines));
    }

    /** Submits as the assistant and approves as the manager, as many rounds as the rule asks. */
    private void approve(DocumentView v) {
        security.runAs(ASSISTANT, () -> drafts.submit(v.id(), reader.get(v.id()).version()));
        decide(ContractsModule.review(v.kind()), String.valueOf(v.id()));
    }

    private void decide(String type, String id) {
        security.runAs(MANAGER, () -> reviews.latest(type, id).map(r -> reviews.decide(r.id(), Verdict.APPROVE,
                "demo: prices and terms checked")).orElseThrow());
    }
}
