package org.neiqin.crm.internal;

import java.util.HashMap;
import java.util.Map;

import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A realistic set of customer files for the demo, loaded through the service like any user's input. */
@Component
public class CrmDemoData implements DemoDataProvider {
    /** Where each demo customer is: its orders deliver there unless they say otherwise. */
    private static final java.util.Map<String, String> ADDRESSES = java.util.Map.ofEntries(
            java.util.Map.entry("沈阳北方机械制造有限公司", "辽宁省沈阳市铁西区北二西路 18 号"),
            java.util.Map.entry("大连港湾贸易有限公司", "辽宁省大连市中山区港湾街 6 号"),
            java.util.Map.entry("辽宁省交通运输厅物资处", "辽宁省沈阳市和平区十一纬路 28 号"),
            java.util.Map.entry("鞍山钢联特种材料公司", "辽宁省鞍山市铁西区鞍钢东门 3 号"),
            java.util.Map.entry("北京华信科技发展有限公司", "北京市朝阳区酒仙桥路 10 号"),
            java.util.Map.entry("上海浦江精密仪器有限公司", "上海市浦东新区张江路 88 号"),
            java.util.Map.entry("Harbour Light Trading Ltd.", "18 Harbour Road, Wan Chai, Hong Kong"),
            java.util.Map.entry("Nordic Components AB", "Kungsgatan 12, 111 43 Stockholm, Sweden"),
            java.util.Map.entry("张三五金店", "辽宁省沈阳市皇姑区黄河南大街 56 号"),
            java.util.Map.entry("营口渤海化工原料有限公司", "辽宁省营口市鲅鱼圈区渤海大街 120 号"),
            java.util.Map.entry("抚顺矿业集团物资供应公司", "辽宁省抚顺市新抚区东一路 2 号"),
            java.util.Map.entry("Pacific Rim Distributors Inc.", "500 Harbor Blvd, Long Beach, CA 90802, USA"));

    private static final String[][] CUSTOMERS = {
        // fullName, shortName, lifecycle, nature, annualVolume, region, route, paymentTerms, creditDays, creditLimit, phone, email, contact, role
        {"沈阳北方机械制造有限公司", "北方机械", "EXISTING", "GENERAL_COMPANY", "1850000", "LN", "SY", "MONTHLY_SETTLEMENT", "0", "500000", "024-23456789", "purchase@bfjx.example.cn", "王建国", "采购经理"},
        {"大连港湾贸易有限公司", "港湾贸易", "EXISTING", "GENERAL_COMPANY", "640000", "LN", "DL", "CREDIT", "60", "300000", "0411-82345678", "trade@gangwan.example.cn", "李娜", "总经理"},
        {"辽宁省交通运输厅物资处", "交通厅物资处", "EXISTING", "GOVERNMENT", "320000", "LN", "SY", "MONTHLY_SETTLEMENT", "0", "200000", "024-86123456", "wuzi@jtt.example.gov.cn", "张伟", "处长"},
        {"鞍山钢联特种材料公司", "钢联特材", "NEW", "SPECIAL_COMPANY", "150000", "LN", "AS", "PREPAYMENT", "0", "0", "0412-5567890", "sales@gangliantc.example.cn", "刘洋", "采购主管"},
        {"北京华信科技发展有限公司", "华信科技", "EXISTING", "PARTNER", "1200000", "BJ", "CY", "CREDIT", "30", "800000", "010-65432198", "bd@huaxin.example.cn", "陈静", "渠道总监"},
        {"上海浦江精密仪器有限公司", "浦江仪器", "PROSPECTIVE", "GENERAL_COMPANY", "", "SH", "PD", "PREPAYMENT", "0", "", "021-58761234", "info@pujiang.example.cn", "赵敏", "技术经理"},
        {"Harbour Light Trading Ltd.", "Harbour Light", "EXISTING", "GENERAL_COMPANY", "420000", "HK", "KL", "CREDIT", "45", "250000", "+852 2345 6789", "orders@harbourlight.example.com", "Peter Wong", "Buyer"},
        {"Nordic Components AB", "Nordic", "NEW", "GENERAL_COMPANY", "90000", "EU", "SE", "PREPAYMENT", "0", "0", "+46 8 123 456 78", "purchasing@nordiccomp.example.se", "Anna Lindqvist", "Purchasing"},
        {"张三五金店", "张三五金", "EXISTING", "INDIVIDUAL", "36000", "LN", "SY", "PREPAYMENT", "0", "0", "13804001234", "", "张三", "店主"},
        {"营口渤海化工原料有限公司", "渤海化工", "DORMANT", "GENERAL_COMPANY", "0", "LN", "YK", "PREPAYMENT", "0", "0", "0417-2890123", "", "孙磊", "原采购经理"},
        {"抚顺矿业集团物资供应公司", "抚矿物资", "EXISTING", "SPECIAL_COMPANY", "2300000", "LN", "FS", "MONTHLY_SETTLEMENT", "0", "1000000", "024-57612345", "gys@fkjt.example.cn", "周强", "供应科长"},
        {"Pacific Rim Distributors Inc.", "Pacific Rim", "PROSPECTIVE", "PARTNER", "", "US", "CA", "PREPAYMENT", "0", "", "+1 415 555 0142", "hello@pacificrim.example.com", "Maria Lopez", "Business development"},
    };

    @Reference
    private CustomerService crm;

    @Override
    public String name() {
        return "crm.customers";
    }

    @Override
    public void load() {
        for (String[] c : CUSTOMERS) {
            Map<String, String> v = new HashMap<>();
            v.put("fullName", c[0]);
            v.put("shortName", c[1]);
            v.put("lifecycle", c[2]);
            v.put("nature", c[3]);
            v.put("annualVolume", c[4]);
            v.put("region", c[5]);
            v.put("route", c[6]);
            v.put("paymentTerms", c[7]);
            v.put("creditDays", c[8]);
            v.put("creditLimit", c[9]);
            v.put("phone", c[10]);
            v.put("email", c[11]);
            v.put("address", ADDRESSES.get(c[0]));
            v.put("salesperson", "sales");
            v.put("infoSource", c[2].equals("PROSPECTIVE") ? "SURVEY_AGENCY" : "VISIT");
            v.put("creditRating", c[4].isEmpty() ? "" : Long.parseLong(c[4]) >= 1_000_000 ? "AAA" : "A");
            CustomerData data = Forms.bind(CustomerData.class, Forms.inCurrency(v::get, crm.currency()));
            CustomerView created = crm.create(data);
            crm.addContact(created.id(), new ContactData(c[12], c[13], c[10], c[11].isEmpty() ? null : c[11]));
        }
    }
}
