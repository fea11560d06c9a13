package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.neiqin.api.money.Money;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Carriers and delivery notes on contracts' demo documents, made by the demo assistant, reviewed by
 * the demo manager, signed by demo finance where the customer prepays, through the same services and
 * review rounds a user goes through: one note delivered by a carrier (with an exchange waiting for
 * review), one in transit, one in review, one prepared and late with a sample beside the goods.
 */
@Component
public class LogisticsDemoData implements DemoDataProvider {
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));
    private static final Actor MANAGER = new Actor("manager", Set.of(Roles.MANAGER));
    private static final Actor WAREHOUSE = new Actor("warehouse", Set.of(Roles.WAREHOUSE));
    private static final Actor FINANCE = new Actor("finance", Set.of(Roles.FINANCE));

    @Reference
    private NoteDrafts drafts;
    @Reference
    private NoteReader notes;
    @Reference
    private Dispatch dispatch;
    @Reference
    private PaymentGate gate;
    @Reference
    private ReturnService returns;
    @Reference
    private CarrierService carriers;
    @Reference
    private ContractLedger ledger;
    @Reference
    private CustomerDirectory customers;
    @Reference
    private ReviewService reviews;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyClock clock;

    @Override
    public String name() {
        return "logistics.notes";
    }

    @Override
    public Set<String> requires() {
        return Set.of("contracts.documents");
    }

    @Override
    public void load() {
        LocalDate today = clock.today();
        ContractDocument order = inForce("北方机械", DocumentKind.ORDER);
        ContractDocument contract = inForce("抚矿物资", DocumentKind.SALES_CONTRACT);
        CarrierView shunda = security.runAs(ASSISTANT, () -> carriers.register(new CarrierRequest("沈阳顺达物流有限公司", "刘队长",
                "024-88776655", "整车及零担运输；货损按发票价赔偿；签收单三日内返回", "沈阳市内 60 元/吨；沈阳—大连 180 元/吨",
                today.minusMonths(6), today.plusMonths(18))));
        security.runAs(MANAGER, () -> carriers.screen(shunda.id(), shunda.version(), "营业执照、道路运输经营许可证、货运险保单已核"));
        security.runAs(ASSISTANT, () -> carriers.register(new CarrierRequest("营口快运", "孙经理", "0417-2233445", null, null,
                today, today.plusYears(1))));

        NoteView delivered = ship(prepare(order, 0, "20", DeliveryMethod.CARRIER, today.minusDays(3), today, null),
                shunda.id(), "SD20261201", "3600");
        security.runAs(ASSISTANT, () -> dispatch.track(delivered.id(), notes.get(delivered.id()).version(), NoteState.DELIVERED,
                null));
        ReturnView exchange = security.runAs(ASSISTANT, () -> returns.prepare(new ReturnRequest(delivered.id(),
                ReturnKind.EXCHANGE, "两卷表面划伤，客户要求换货", List.of(new ReturnRequest.Line(1, new BigDecimal("2"))))));
        security.runAs(ASSISTANT, () -> returns.submit(exchange.id(), exchange.version()));

        NoteView inTransit = ship(prepare(order, 1, "10", DeliveryMethod.CARRIER, today, today.plusDays(2), null),
                shunda.id(), "SD20261203", "1500");
        security.runAs(ASSISTANT, () -> dispatch.track(inTransit.id(), notes.get(inTransit.id()).version(), NoteState.IN_TRANSIT,
                null));

        NoteView inReview = prepare(contract, 0, "30", DeliveryMethod.OWN_TRUCK, today.plusDays(3), today.plusDays(4), null);
        security.runAs(ASSISTANT, () -> drafts.submit(inReview.id(), inReview.version()));
        prepare(contract, 1, "100", DeliveryMethod.OWN_TRUCK, today.minusDays(2), null,
                new NoteRequest.Line(null, LineKind.SAMPLE, "U29 支架连接件样品", null, "套", new BigDecimal("2"), null));

        // the hardware shop prepays: its note waits in review for finance's signature at the payment gate
        try {
            ContractDocument shop = inForce("张三五金", DocumentKind.ORDER);
            NoteView prepaid = prepare(shop, 0, "3", DeliveryMethod.PICKUP, today.plusDays(7), null, null);
            security.runAs(ASSISTANT, () -> drafts.submit(prepaid.id(), prepaid.version()));
        } catch (IllegalStateException noShopOrder) {
            // contracts' demo without the shop's order: nothing to deliver to it
        }
    }

    private ContractDocument inForce(String customer, DocumentKind kind) {
        List<CustomerSummary> found = security.runAs(MANAGER, () -> customers.search(customer, 1));
        if (found.isEmpty()) {
            throw new IllegalStateException("the crm demo customer " + customer + " is not there: nothing loaded");
        }
        Optional<ContractDocument> doc = security.runAs(MANAGER, () -> ledger.byCustomer(found.get(0).id(), 20)).stream()
                .filter(d -> d.kind() == kind && d.state() == DocumentState.EFFECTIVE)
                // the customer's first in force: contracts' demo documents, not those other demo data added since
                .min(java.util.Comparator.comparingLong(ContractDocument::id));
        return doc.orElseThrow(() -> new IllegalStateException("no " + kind + " in force for " + customer + ": nothing loaded"));
    }

    private NoteView prepare(ContractDocument doc, int line, String quantity, DeliveryMethod how, LocalDate promised,
            LocalDate arrival, NoteRequest.Line extra) {
        List<NoteRequest.Line> lines = new java.util.ArrayList<>(List.of(new NoteRequest.Line(doc.lines().get(line).id(),
                LineKind.GOODS, null, null, null, new BigDecimal(quantity), "L" + promised.toString().replace("-", "")
                + "-" + (line + 1))));
        if (extra != null) {
            lines.add(extra);
        }
        return security.runAs(ASSISTANT, () -> drafts.prepare(new NoteRequest(doc.id(), null, "王经理", "024-25678901", how,
                promised, arrival, null, lines)));
    }

    /** Reviewed by the manager, signed by finance when the customer prepays, checked by the warehouse, shipped. */
    private NoteView ship(NoteView note, long carrier, String waybill, String freight) {
        security.runAs(ASSISTANT, () -> drafts.submit(note.id(), note.version()));
        security.runAs(MANAGER, () -> ReviewRef.of(LogisticsModule.REVIEW, note.id()).latest(reviews)
                .map(r -> reviews.decide(r.id(), Verdict.APPROVE, "demo: order, quantities and address checked")).orElseThrow());
        if (security.runAs(MANAGER, () -> notes.get(note.id())).gate() == Gate.HELD) {
            security.runAs(FINANCE, () -> gate.financeSign(note.id(), notes.get(note.id()).version()));
        }
        security.runAs(WAREHOUSE, () -> dispatch.warehouseCheck(note.id(), notes.get(note.id()).version(), null));
        return security.runAs(ASSISTANT, () -> dispatch.track(note.id(), notes.get(note.id()).version(), NoteState.SHIPPED, null,
                new Shipment(carrier, waybill, Money.of(freight, note.amount().currency().getCurrencyCode()))));
    }
}
