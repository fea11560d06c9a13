package org.neiqin.expenses.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.advances.AdvanceData;
import org.neiqin.expenses.internal.advances.AdvanceKind;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.advances.AdvanceView;
import org.neiqin.expenses.internal.applications.ApplicationData;
import org.neiqin.expenses.internal.applications.ApplicationKind;
import org.neiqin.expenses.internal.applications.ApplicationService;
import org.neiqin.expenses.internal.applications.ApplicationView;
import org.neiqin.expenses.internal.budgets.BudgetData;
import org.neiqin.expenses.internal.budgets.BudgetScope;
import org.neiqin.expenses.internal.budgets.BudgetService;
import org.neiqin.expenses.internal.claims.ClaimData;
import org.neiqin.expenses.internal.claims.ClaimFlow;
import org.neiqin.expenses.internal.claims.ClaimLineData;
import org.neiqin.expenses.internal.claims.ClaimService;
import org.neiqin.expenses.internal.claims.ClaimView;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo's expenses, entered through the services as the people would: this year's budgets; 王强's exhibition
 * approved and the promotion in Liaoning verified; his trip to 大连 on an advance, claimed, checked and approved (the
 * advance waits for finance to settle); his dinner with a customer over the day's cap, waiting for the office's check;
 * 张伟's own courier claim at the next level.
 */
@Component
public class ExpensesDemoData implements DemoDataProvider {
    private static final Actor SALES = new Actor("sales", Set.of(Roles.SALES));
    private static final Actor MANAGER = new Actor("manager", Set.of(Roles.MANAGER));
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));
    private static final Actor FINANCE = new Actor("finance", Set.of(Roles.FINANCE));

    @Reference
    private SecurityService security;
    @Reference
    private BudgetService budgets;
    @Reference
    private ApplicationService applications;
    @Reference
    private org.neiqin.expenses.internal.applications.Verification verification;
    @Reference
    private AdvanceService advances;
    @Reference
    private ClaimService claims;
    @Reference
    private ClaimFlow flow;
    @Reference
    private ReviewService reviews;
    @Reference
    private ExpensesStore store;
    @Reference
    private org.neiqin.expenses.internal.claims.ClaimReceipts receipts;

    @Override
    public String name() {
        return "expenses.claims";
    }

    @Override
    public void load() {
        LocalDate today = store.today();
        LocalDate jan1 = today.withDayOfYear(1);
        LocalDate dec31 = jan1.plusYears(1).minusDays(1);
        security.runAs(MANAGER, () -> {
            budgets.create(new BudgetData("王强 费用 " + today.getYear(), BudgetScope.SALESPERSON, "sales", null, jan1, dec31,
                    money("60000"), null));
            budgets.create(new BudgetData("辽宁 促销 " + today.getYear(), BudgetScope.REGION, "LN", Category.PROMOTION, jan1,
                    dec31, money("200000"), null));
            return budgets.create(new BudgetData("销售部 费用 " + today.getYear(), BudgetScope.DEPARTMENT, "sales", null,
                    jan1, dec31, money("500000"), null));
        });
        // an activity approved and verified, one approved and under way
        ApplicationView promotion = security.runAs(SALES, () -> applications.apply(new ApplicationData(
                ApplicationKind.PROMOTION, "辽宁区域春季促销（鞍山、营口经销商）", null, "LN", null, money("18000"),
                today.minusDays(40), today.minusDays(25), null, null)));
        approve(ExpensesModule.REVIEW_APPLICATION, promotion.id());
        ApplicationView done = security.runAs(ASSISTANT, () -> applications.get(promotion.id()));
        security.runAs(ASSISTANT, () -> verification.verify(done.id(), done.version(), money("16250"),
                "发票 12 张，合计 16 250 元；经销商签收单 2 份", null));
        ApplicationView fair = security.runAs(SALES, () -> applications.apply(new ApplicationData(
                ApplicationKind.EXHIBITION, "沈阳国际装备制造业博览会 展位与搭建", null, "LN", null, money("35000"),
                today.minusDays(5), today.plusDays(20), null, null)));
        approve(ExpensesModule.REVIEW_APPLICATION, fair.id());
        // a trip on an advance: asked, approved, paid; its claim checked and approved; the advance waits to be settled
        AdvanceView trip = security.runAs(SALES, () -> advances.request(new AdvanceData(AdvanceKind.TRIP,
                "大连 拜访大连重工、走访经销商", money("3000"), today.minusDays(12), today.minusDays(10), null)));
        approve(ExpensesModule.REVIEW_ADVANCE, trip.id());
        AdvanceView approved = security.runAs(FINANCE, () -> advances.get(trip.id()));
        security.runAs(FINANCE, () -> advances.pay(approved.id(), approved.version()));
        ClaimView travel = security.runAs(SALES, () -> claims.submit(new ClaimData("大连出差 拜访大连重工", trip.id(), null),
                List.of(line(today.minusDays(12), Category.FARE, "185.50", "24212000000011873301", "大连", null),
                        line(today.minusDays(12), Category.LODGING, "760.00", "24212000000011873302", "大连", "2"),
                        line(today.minusDays(10), Category.MEALS, "250.00", "24212000000011873303", "大连", "2.5"),
                        line(today.minusDays(10), Category.TRANSPORT, "96.00", "24212000000011873304", "大连", "2.5"),
                        line(today.minusDays(10), Category.FARE, "185.50", "24212000000011873305", "大连", null))));
        ClaimView scanned = withReceipts(SALES, travel);
        ClaimView checked = security.runAs(ASSISTANT, () -> flow.check(scanned.id(), scanned.version()));
        approve(ExpensesModule.REVIEW_CLAIM, checked.id());
        // a dinner over the day's cap: the office has not checked it yet
        withReceipts(SALES, security.runAs(SALES, () -> claims.submit(new ClaimData("宴请鞍山钢材市场客户", null, null),
                List.of(line(today.minusDays(3), Category.ENTERTAINMENT, "1380.00", "24212000000011990017", null, null)))));
        // the manager's own claim: past the office's check it waits for the next level up
        ClaimView own = security.runAs(MANAGER, () -> claims.submit(new ClaimData("寄送合同与样品", null, null),
                List.of(line(today.minusDays(2), Category.COURIER, "86.00", "24212000000012000451", null, null))));
        ClaimView ownScanned = withReceipts(MANAGER, own);
        security.runAs(ASSISTANT, () -> flow.check(ownScanned.id(), ownScanned.version()));
    }

    /** Attaches each line's receipt: a one-page PDF naming the fapiao, as a scan would. */
    private ClaimView withReceipts(Actor claimant, ClaimView claim) {
        ClaimView v = claim;
        for (ClaimView.Line l : claim.lines()) {
            ClaimView at = v;
            v = security.runAs(claimant, () -> receipts.attach(at.id(), at.version(), l.lineNo(), "fapiao-" + l.fapiaoNo()
                    + ".pdf", pdf("Fapiao " + l.fapiaoNo() + "  " + l.day() + "  " + l.amount())));
        }
        return v;
    }

    /** @return a one-page PDF showing {@code text} (ASCII) */
    static byte[] pdf(String text) {
        String stream = "BT /F1 14 Tf 40 100 Td (" + text.replaceAll("[()\\\\]", " ") + ") Tj ET";
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            out.append(String.format("%010d 00000 n \n", o));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void approve(String type, long id) {
        security.runAs(MANAGER, () -> reviews.decide(ReviewRef.of(type, id).latest(reviews).orElseThrow().id(),
                Verdict.APPROVE, null));
    }

    private Money money(String amount) {
        return Money.of(new BigDecimal(amount), claims.currency());
    }

    private ClaimLineData line(LocalDate day, Category category, String amount, String fapiao, String city, String days) {
        return new ClaimLineData(day, category, money(amount), fapiao, money(amount), city,
                days == null ? null : new BigDecimal(days), null, null, null);
    }
}
