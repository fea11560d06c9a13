package org.neiqin.leads.internal;

import java.util.List;
import java.util.Set;

import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.leads.internal.assign.RuleData;
import org.neiqin.leads.internal.assign.RuleService;
import org.neiqin.leads.internal.calls.CallData;
import org.neiqin.leads.internal.calls.CallOutcome;
import org.neiqin.leads.internal.calls.CallService;
import org.neiqin.leads.internal.calls.Topic;
import org.neiqin.leads.internal.intake.IntakeService;
import org.neiqin.leads.internal.intake.SubmissionData;
import org.neiqin.leads.internal.offers.OfferData;
import org.neiqin.leads.internal.offers.OfferKind;
import org.neiqin.leads.internal.offers.OfferService;
import org.neiqin.leads.internal.offers.OfferView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo's investment leads, entered through the services as the people and the public would: two published offers
 * and a draft; a rule giving Liaoning's leads to 王强; inquiries from the public form (one from 沈阳 given by the rule,
 * one from 北京 left in the pool, a repeat that becomes a touch); 王强's lead from an exhibition, called with what he
 * learned about a competitor and the province's policy, now in negotiation; a won dealer in 大连 (ready to become a
 * customer); a lost one with its reason; and one not called since its day, which the follow-up clock reminds.
 */
@Component
public class LeadsDemoData implements DemoDataProvider {
    private static final Actor SALES = new Actor("sales", Set.of(Roles.SALES));
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));

    @Reference
    private SecurityService security;
    @Reference
    private OfferService offers;
    @Reference
    private RuleService rules;
    @Reference
    private IntakeService intake;
    @Reference
    private LeadService leads;
    @Reference
    private CallService calls;
    @Reference
    private LeadsStore store;

    @Override
    public String name() {
        return "leads.leads";
    }

    @Override
    public void load() {
        OfferView dealers = security.runAs(ASSISTANT, () -> {
            OfferView o = offers.create(new OfferData("辽宁省区域经销商招募 Dealers wanted in Liaoning", OfferKind.DEALERSHIP,
                    "LN", "工业阀门、管件 Industrial valves and fittings", "有仓储与配送能力，年采购额 200 万元起；首批进货 30 万元。"
                    + "\nA warehouse and delivery of your own; from CNY 2 million a year, a first order of CNY 300 000.",
                    "区域保护：每个地级市一家；首年返利 3%。 One dealer per city; a 3 % rebate in the first year."));
            OfferView d = offers.publish(o.id(), o.version());
            OfferView n = offers.create(new OfferData("华北区域分销合作 Distribution in North China", OfferKind.DISTRIBUTION,
                    "BJ", "全系列 The whole range", "有工业客户渠道。 Channels to industrial buyers.", null));
            offers.publish(n.id(), n.version());
            offers.create(new OfferData("华东加盟（筹备中） Franchise in East China (in preparation)", OfferKind.FRANCHISE,
                    "SH", null, "待定 To be decided", null));
            rules.create(new RuleData("辽宁 Liaoning", 10, "LN", null, null, "sales", RuleData.RuleStatus.ACTIVE));
            return d;
        });
        intake.submit(new SubmissionData("沈阳恒通机电设备有限公司", "刘建国", "024-2281 5566", "liu@hengtong.example",
                "LN", "阀门", dealers.id(), "我们在沈阳有两个仓库，想了解经销条件。", null), List.of(), "203.0.113.10");
        intake.submit(new SubmissionData("北京华信工控科技有限公司", "赵磊", "010-6543 2100", "zhaolei@huaxin.example",
                "BJ", "全系列", null, "Please send the distribution policy.", null), List.of(), "198.51.100.7");
        // the same caller again a few minutes later: a touch on the lead, not a second one
        intake.submit(new SubmissionData("沈阳恒通机电", "刘建国", "(024) 2281-5566", null, "LN", null, null,
                "补充：我们也做管件。", null), List.of(), "203.0.113.10");
        security.runAs(SALES, () -> {
            LeadView fair = leads.create(new LeadData("鞍山钢联物资有限公司", "孙志强", "0412-555 8899", null, "LN",
                    "管件", LeadSource.EXHIBITION, "2026 沈阳工业博览会", "在展台留的名片，想做鞍山的经销。"), null).lead();
            LeadView called = calls.log(fair.id(), new CallData(CallOutcome.REACHED, Topic.COMPETITOR,
                    "对手 远东阀门 在鞍山给经销商 8% 返利，比我们高。", "远东阀门", null));
            called = calls.log(fair.id(), new CallData(CallOutcome.MEETING, Topic.POLICY,
                    "辽宁省明年起对工业节能改造有补贴，阀门需求会上升。", null, null));
            leads.stage(called.id(), called.version(), LeadStage.NEGOTIATING, null, null);
            LeadView dealer = leads.create(new LeadData("大连海昌流体设备有限公司", "王海", "0411-8765 4321",
                    "wanghai@haichang.example", "LN", "阀门", LeadSource.PHONE, null, "大连的老牌经销商。"), null).lead();
            dealer = calls.log(dealer.id(), new CallData(CallOutcome.REACHED, Topic.MARKET,
                    "大连港区扩建，明年阀门采购量约 500 万元。", null, null));
            leads.stage(dealer.id(), dealer.version(), LeadStage.WON, null, null);
            LeadView lost = leads.create(new LeadData("营口鑫源贸易公司", "陈丽", "0417-333 2211", null, "LN", "管件",
                    LeadSource.AD, "百度 阀门 经销", null), null).lead();
            lost = calls.log(lost.id(), new CallData(CallOutcome.REACHED, Topic.PRICE, "嫌首批进货 30 万元太高。", null,
                    null));
            leads.stage(lost.id(), lost.version(), LeadStage.LOST, "首批进货额太高 The first order is too large",
                    "远东阀门");
            LeadView late = leads.create(new LeadData("抚顺盛达五金", "李明", "024-5566 7788", null, "LN", null,
                    LeadSource.CHAT, null, "微信咨询。"), null).lead();
            // not called since its day two days ago: the follow-up clock has reminded 王强
            store.run(em -> em.createQuery("update LeadEntity l set l.nextContactOn = :d where l.id = :id")
                    .setParameter("d", store.today().minusDays(2)).setParameter("id", late.id()).executeUpdate());
            return null;
        });
    }
}
