package org.neiqin.invoicing.internal;

import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.mail.Mail;
import org.neiqin.api.money.Money;

/**
 * What the ladder mails, in Chinese as the office writes it: the reminder to the salesperson (提醒), and the overdue
 * letter (逾期回款函) to the customer with the statement of account attached.
 */
final class CollectionLetters {
    private CollectionLetters() {
    }

    static Mail reminder(CollectionStepEntity s, Money owed, String to) {
        return new Mail(List.of(to), "回款提醒：" + s.customerName + " 发票 " + s.invoiceNumber + " 已逾期",
                "您好：\n\n" + s.customerName + " 的发票 " + s.invoiceNumber + " 已于 " + s.dueDate
                        + " 到期，尚欠 " + owed.text() + "。请联系客户催收回款，并告知内勤客户承诺的付款日期。\n"
                        + "逾期超过规定天数未回款时，须填写未回款报告单。\n\n— 内勤（Neiqin 收款阶梯，" + s.reachedOn + "）\n",
                List.of());
    }

    static Mail letter(CollectionStepEntity s, Money owed, Statement statement, String to, LocalDate today) {
        String text = s.customerName + "：\n\n"
                + "贵司应于 " + s.dueDate + " 支付的发票 " + s.invoiceNumber + " 货款，截至 " + today + " 尚欠 " + owed.text()
                + "，已逾期。请于收函后尽快安排付款；如已付款，请将付款凭证回传，以便核对。\n\n"
                + "随函附上截至 " + statement.to() + " 的货款往来对账单（期末余额 " + statement.closing().text()
                + "），请核对后签字盖章回传；如有不符，请注明不符之处。\n\n"
                + "逾期未付期间，新的发货将暂停，待货款到账或经我司批准后恢复。\n\n此致\n敬礼\n\n— 销售内勤（Neiqin）\n";
        return new Mail(List.of(to), "逾期回款函：发票 " + s.invoiceNumber + "（" + s.customerName + "）", text,
                List.of(new Mail.Attachment("对账单-" + statement.to() + ".html", "text/html; charset=UTF-8",
                        StatementFile.html(statement))));
    }
}
