package org.neiqin.invoicing.internal;

import java.nio.charset.StandardCharsets;

import org.neiqin.api.money.Money;

/**
 * A statement of account as a file of its own (HTML in UTF-8, one printable page, in Chinese as finance writes it): what
 * the overdue letter's mail carries to the customer, to be signed and sent back.
 */
final class StatementFile {
    private StatementFile() {
    }

    static byte[] html(Statement s) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc("货款往来对账单 — " + s.customerName())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #444;padding:4px 6px;font-size:13px}td.n{text-align:right}")
                .append("@page{size:A4;margin:15mm}</style></head><body>")
                .append("<h1 style=\"text-align:center\">货款往来对账单</h1>")
                .append("<p>客户：").append(esc(s.customerName())).append("　　对账期间：").append(s.from()).append(" 至 ")
                .append(s.to()).append("</p><table><thead><tr><th>日期</th><th>摘要</th><th>单号</th><th>订单/合同·方式</th>")
                .append("<th>应收（借方）</th><th>已收/冲减（贷方）</th><th>余额</th></tr></thead><tbody>")
                .append("<tr><td>").append(s.from()).append("</td><td>期初余额</td><td></td><td></td><td></td><td></td>")
                .append("<td class=\"n\">").append(amount(s.opening())).append("</td></tr>");
        for (Statement.Entry e : s.entries()) {
            b.append("<tr><td>").append(e.date()).append("</td><td>").append(kind(e.kind())).append("</td><td>")
                    .append(esc(e.reference())).append("</td><td>").append(esc(detail(e))).append("</td><td class=\"n\">")
                    .append(e.debit().amount().signum() == 0 ? "" : amount(e.debit())).append("</td><td class=\"n\">")
                    .append(e.credit().amount().signum() == 0 ? "" : amount(e.credit())).append("</td><td class=\"n\">")
                    .append(amount(e.balance())).append("</td></tr>");
        }
        b.append("<tr><td>").append(s.to()).append("</td><td>本期合计</td><td></td><td></td><td class=\"n\">")
                .append(amount(s.invoiced())).append("</td><td class=\"n\">")
                .append(amount(s.credited().plus(s.received()))).append("</td><td class=\"n\">").append(amount(s.closing()))
                .append("</td></tr></tbody></table><p>期末余额（贵司尚欠）：<b>").append(amount(s.closing()))
                .append("</b>（").append(esc(Vat.capital(s.closing().amount())))
                .append("）</p><p>请核对上述往来，如无误请签字盖章后回传；如有不符，请注明不符之处一并回传。</p>")
                .append("<p style=\"margin-top:3em\">客户确认（签字盖章）：________________　　日期：____________</p>")
                .append("</body></html>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String detail(Statement.Entry e) {
        if (e.kind() != Statement.Kind.RECEIPT) {
            return e.detail();
        }
        return switch (PaymentMethod.valueOf(e.detail())) {
            case BANK_TRANSFER -> "电汇";
            case ACCEPTANCE_BILL -> "承兑汇票";
            case CASH -> "现金";
        };
    }

    private static String kind(Statement.Kind k) {
        return switch (k) {
            case INVOICE -> "销售发票";
            case CREDIT_NOTE -> "红字发票";
            case RECEIPT -> "收款";
        };
    }

    private static String amount(Money m) {
        return Money.grouped(m.amount());
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
