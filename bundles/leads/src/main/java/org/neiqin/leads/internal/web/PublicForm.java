package org.neiqin.leads.internal.web;

import static org.neiqin.api.console.HtmlText.escape;

import java.util.List;
import java.util.Map;

import org.neiqin.api.error.FieldError;
import org.neiqin.leads.internal.offers.OfferView;

/**
 * The public page: the published offers and the inquiry form, in Chinese and English, a plain HTML page with no script
 * and no cookie. The honeypot field is drawn off the screen and skipped by the keyboard: a person never fills it in.
 */
final class PublicForm {
    private PublicForm() {
    }

    static final List<String[]> FIELDS = List.of(
            new String[] {"company", "公司名称 Company", "text", "200"},
            new String[] {"contact", "联系人 Contact person", "text", "60"},
            new String[] {"phone", "电话 Phone", "tel", "40"},
            new String[] {"email", "电子邮件 E-mail", "email", "120"},
            new String[] {"region", "所在地区 Region", "region", "60"},
            new String[] {"interest", "意向产品 Products of interest", "text", "100"},
            new String[] {"message", "留言 Message", "textarea", "2000"});

    static String page(List<OfferView> offers, Map<String, String> regions, Map<String, String> values,
            List<FieldError> errors, String notice) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>招商合作 · Investment and dealership</title><style>")
                .append("body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:0;background:#f4f6f8;color:#1d2a35}")
                .append("main{max-width:860px;margin:0 auto;padding:24px}h1{font-size:26px;margin:8px 0 4px}")
                .append(".lead{color:#51606d;margin:0 0 20px}.offer{background:#fff;border:1px solid #d8dee4;")
                .append("border-radius:6px;padding:14px 18px;margin:0 0 12px}.offer h2{font-size:18px;margin:0 0 6px}")
                .append(".kind{font-size:12px;background:#e6f0fa;color:#20558a;border-radius:3px;padding:2px 6px;")
                .append("margin-left:8px}.offer p{margin:4px 0;white-space:pre-line}form{background:#fff;border:1px")
                .append(" solid #d8dee4;border-radius:6px;padding:18px}label{display:block;font-weight:600;margin:12px 0")
                .append(" 4px}input,select,textarea{width:100%;box-sizing:border-box;padding:8px;border:1px solid")
                .append(" #b8c2cc;border-radius:4px;font:inherit}textarea{height:110px}.err{color:#b3261e;font-size:14px}")
                .append(".notice{padding:12px 16px;border-radius:6px;margin:0 0 16px;background:#e7f5ec;color:#1e5e38}")
                .append(".notice.bad{background:#fdecea;color:#8a1c14}button{margin-top:16px;padding:10px 22px;")
                .append("background:#20558a;color:#fff;border:0;border-radius:4px;font-size:16px;cursor:pointer}")
                .append(".hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}")
                .append("</style></head><body><main><h1>招商合作 · Investment and dealership</h1>")
                .append("<p class=\"lead\">欢迎加盟我们的销售网络。留下联系方式，我们的招商经理会在一个工作日内与您联系。")
                .append(" Leave your details and our manager calls you back within one working day.</p>");
        if (notice != null) {
            h.append("<div class=\"notice").append(errors.isEmpty() && !notice.startsWith("!") ? "" : " bad")
                    .append("\" role=\"status\">").append(escape(notice.startsWith("!") ? notice.substring(1) : notice))
                    .append("</div>");
        }
        for (OfferView o : offers) {
            h.append("<section class=\"offer\"><h2>").append(escape(o.data().title())).append("<span class=\"kind\">")
                    .append(escape(kind(o.data().kind().name()))).append("</span></h2>");
            if (o.data().region() != null) {
                h.append("<p><b>地区 Region:</b> ").append(escape(regions.getOrDefault(o.data().region(), o.data().region())))
                        .append("</p>");
            }
            if (o.data().products() != null) {
                h.append("<p><b>产品 Products:</b> ").append(escape(o.data().products())).append("</p>");
            }
            h.append("<p><b>条件 Conditions:</b> ").append(escape(o.data().conditions())).append("</p>");
            if (o.data().policy() != null) {
                h.append("<p><b>政策 Policy:</b> ").append(escape(o.data().policy())).append("</p>");
            }
            h.append("</section>");
        }
        h.append("<form method=\"post\" action=\"leads\" accept-charset=\"UTF-8\"><h2>咨询登记 Your inquiry</h2>");
        if (!offers.isEmpty()) {
            h.append("<label for=\"offer\">感兴趣的招商项目 Offer</label><select id=\"offer\" name=\"offer\">")
                    .append("<option value=\"\">—</option>");
            for (OfferView o : offers) {
                String id = String.valueOf(o.id());
                h.append("<option value=\"").append(id).append('"').append(id.equals(values.get("offer")) ? " selected" : "")
                        .append('>').append(escape(o.data().title())).append("</option>");
            }
            h.append("</select>").append(error(errors, "offer"));
        }
        for (String[] f : FIELDS) {
            String v = values.getOrDefault(f[0], "");
            boolean required = f[0].equals("company") || f[0].equals("contact");
            h.append("<label for=\"").append(f[0]).append("\">").append(escape(f[1])).append(required ? " *" : "")
                    .append("</label>");
            if (f[2].equals("region") && !regions.isEmpty()) {
                h.append("<select id=\"region\" name=\"region\"><option value=\"\">—</option>");
                regions.forEach((code, name) -> h.append("<option value=\"").append(escape(code)).append('"')
                        .append(code.equals(v) ? " selected" : "").append('>').append(escape(name)).append("</option>"));
                h.append("</select>");
            } else if (f[2].equals("textarea")) {
                h.append("<textarea id=\"").append(f[0]).append("\" name=\"").append(f[0]).append("\" maxlength=\"")
                        .append(f[3]).append("\">").append(escape(v)).append("</textarea>");
            } else {
                h.append("<input id=\"").append(f[0]).append("\" name=\"").append(f[0]).append("\" type=\"")
                        .append(f[2].equals("region") ? "text" : f[2]).append("\" maxlength=\"").append(f[3]).append("\" value=\"").append(escape(v))
                        .append('"').append(required ? " required" : "").append('>');
            }
            h.append(error(errors, f[0]));
        }
        h.append("<p class=\"lead\">电话或电子邮件至少填写一项。 Give a phone number or an e-mail address.</p>")
                .append("<div class=\"hp\" aria-hidden=\"true\"><label for=\"website\">Website</label>")
                .append("<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>")
                .append("<button type=\"submit\">提交 Send</button></form></main></body></html>");
        return h.toString();
    }

    private static String error(List<FieldError> errors, String field) {
        StringBuilder h = new StringBuilder();
        for (FieldError e : errors) {
            if (field.equals(e.field())) {
                h.append("<div class=\"err\">").append(escape(e.message())).append("</div>");
            }
        }
        return h.toString();
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "DEALERSHIP" -> "经销商 Dealership";
            case "DISTRIBUTION" -> "区域分销 Distribution";
            case "AGENCY" -> "代理 Agency";
            default -> "加盟 Franchise";
        };
    }
}
