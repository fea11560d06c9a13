package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On top of the contracts and logistics demo: what was delivered of 北方机械's first order is invoiced — requested by the
 * assistant, reviewed by the manager, issued by finance, most of it paid and matched — and the mining contract's
 * delivered beams wait in a request for review, as a user goes through them. The first invoice is ten days past due: the
 * collection ladder reminds the salesperson and asks for the overdue report. A hardware shop's prepayment waits on its
 * account for the delivery finance signs at the payment gate.
 */
@Component
public class InvoicingDemoData implements DemoDataProvider {
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));
    private static final Actor MANAGER = new Actor("manager", Set.of(Roles.MANAGER));
    private static final Actor FINANCE = new Actor("finance", Set.of(Roles.FINANCE));

    @Reference
    private ContractLedger ledger;
    @Reference
    private CustomerDirectory customers;
    @Reference
    private InvoiceDrafts drafts;
    @Reference
    private InvoiceIssue issue;
    @Reference
    private InvoiceReader reader;
    @Reference
    private Billing billing;
    @Reference
    private ReceiptService receipts;
    @Reference
    private ReviewService reviews;
    @Reference
    private SecurityService security;
    @Reference
    private InvoicingStore store;
    @Reference
    private StatementRecords statements;
    @Reference
    private org.neiqin.api.money.CompanyCurrency currency;

    @Override
    public String name() {
        return "invoicing.invoices";
    }

    @Override
    public Set<String> requires() {
        return Set.of("contracts.documents", "logistics.notes");
    }

    @Override
    public void load() {
        // both settle monthly: last month's statement is agreed with finance, sent and signed back before requesting
        signedStatement("北方机械");
        signedStatement("抚矿物资");
        InvoiceView north = request("北方机械", DocumentKind.ORDER);
        if (north != null) {
            security.runAs(ASSISTANT, () -> drafts.submit(north.id(), north.version()));
            security.runAs(MANAGER, () -> reviews.latest(InvoicingModule.REVIEW, String.valueOf(north.id()))
                    .map(r -> reviews.decide(r.id(), Verdict.APPROVE, "demo: quantities and prices agree with the order"))
                    .orElseThrow());
            InvoiceView made = security.runAs(FINANCE, () -> issue.issue(north.id(), reader.get(north.id()).version()));
            // history, not a change: the demo's invoice was issued forty days ago on 30 days' terms, so that it is ten
            // days past due and the collection ladder has work for the office and the salesperson
            InvoiceView issued = store.write(em -> {
                InvoiceEntity e = em.find(InvoiceEntity.class, made.id());
                e.issuedOn = e.issuedOn.minusDays(40);
                e.dueDate = e.issuedOn.plusDays(30);
                return InvoiceReader.view(em, e);
            });
            // the customer paid most of it by bank transfer before it fell due; finance matched it, the rest is open
            ReceiptView paid = security.runAs(FINANCE, () -> receipts.record(new ReceiptData(issued.customerId(),
                    issued.dueDate().minusDays(2), PaymentMethod.BANK_TRANSFER, issued.total().minus(org.neiqin.api.money.Money.of(
                            new BigDecimal("37100.00"), issued.total().currency().getCurrencyCode())),
                    "ICBC-" + issued.dueDate().minusDays(2).toString().replace("-", "") + "-0001", "货款 / payment for goods")));
            security.runAs(FINANCE, () -> receipts.allocate(paid.id(), paid.version(), List.of(new AllocationData(
                    issued.id(), paid.amount()))));
        }
        // the hardware shop paid for its order in advance (预收): the money waits on its account for the delivery
        List<CustomerSummary> shop = security.runAs(MANAGER, () -> customers.search("张三五金", 1));
        if (!shop.isEmpty()) {
            security.runAs(FINANCE, () -> receipts.record(new ReceiptData(shop.get(0).id(), store.today().minusDays(1),
                    PaymentMethod.BANK_TRANSFER, org.neiqin.api.money.Money.of(new BigDecimal("17160.00"), currency.code()),
                    "CCB-" + store.today().minusDays(1).toString().replace("-", "") + "-0007", "预付货款 / prepayment")));
        }
        InvoiceView mining = request("抚矿物资", DocumentKind.SALES_CONTRACT);
        if (mining != null) {
            security.runAs(ASSISTANT, () -> drafts.submit(mining.id(), mining.version()));
        }
    }

    /** Last month's statement of account of the customer: prepared by the office, agreed by finance, signed back. */
    private void signedStatement(String customer) {
        List<CustomerSummary> found = security.runAs(MANAGER, () -> customers.search(customer, 1));
        if (found.isEmpty()) {
            return;
        }
        java.time.YearMonth last = java.time.YearMonth.from(store.today()).minusMonths(1);
        StatementRecordView s = security.runAs(ASSISTANT, () -> statements.prepare(new StatementRequest(found.get(0).id(),
                last.atDay(1), last.atEndOfMonth(), "月末对账 / month-end reconciliation")));
        StatementRecordView agreed = security.runAs(FINANCE, () -> statements.agree(s.id(), s.version()));
        StatementRecordView sent = security.runAs(ASSISTANT, () -> statements.send(agreed.id(), agreed.version(),
                new StatementSending(StatementEntity.Sent.HAND, "业务员王强面交 / handed over by the salesperson")));
        security.runAs(ASSISTANT, () -> statements.reply(sent.id(), sent.version(), new StatementReply(store.today(),
                null)));
    }

    /** @return a request for what is left to bill of the customer's first document of this kind in force, if any */
    private InvoiceView request(String customer, DocumentKind kind) {
        List<CustomerSummary> found = security.runAs(MANAGER, () -> customers.search(customer, 1));
        if (found.isEmpty()) {
            return null;
        }
        ContractDocument doc = security.runAs(MANAGER, () -> ledger.byCustomer(found.get(0).id(), 20)).stream()
                .filter(d -> d.kind() == kind && d.state() == DocumentState.EFFECTIVE)
                .min(Comparator.comparingLong(ContractDocument::id)).orElse(null);
        if (doc == null) {
            return null;
        }
        List<InvoiceLineData> lines = new ArrayList<>();
        for (Billing.Billable b : security.runAs(MANAGER, () -> billing.billable(doc))) {
            if (b.left().signum() > 0) {
                lines.add(new InvoiceLineData(b.line().id(), null, null, b.left(), null, new BigDecimal("13")));
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        return security.runAs(ASSISTANT, () -> drafts.create(new InvoiceData(doc.id(), InvoiceType.ORDINARY,
                InvoiceMedium.DIGITAL, "月结客户，随对账单寄出 / sent with the monthly statement"), lines));
    }
}
