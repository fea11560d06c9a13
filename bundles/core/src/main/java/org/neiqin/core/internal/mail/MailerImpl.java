package org.neiqin.core.internal.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.activation.DataHandler;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;
import javax.mail.util.ByteArrayDataSource;

import org.neiqin.api.mail.Mail;
import org.neiqin.api.mail.MailException;
import org.neiqin.api.mail.Mailer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.neiqin.core.internal.people.People;

/**
 * Mail over the SMTP server in {@code etc/org.neiqin.mail.cfg}: {@code host} (none: mail is not configured),
 * {@code port} (25), {@code from}, {@code user} and {@code password} (when the server wants a login),
 * {@code security} ({@code none}, {@code starttls} or {@code ssl}), {@code timeout} (seconds, 20).
 */
@Component(service = Mailer.class, configurationPid = MailerImpl.PID)
public class MailerImpl implements Mailer {
    static final String PID = "org.neiqin.mail";
    private final People people;
    private volatile Map<String, Object> config;

    @Activate
    public MailerImpl(@Reference People people, Map<String, Object> config) {
        this.people = people;
        this.config = config;
    }

    @Override
    public java.util.Optional<String> addressOf(String login) {
        return people.email(login);
    }

    @Modified
    void modified(Map<String, Object> changed) {
        this.config = changed;
    }

    private String value(String key) {
        Object v = config.get(key);
        return v == null ? "" : String.valueOf(v).trim();
    }

    @Override
    public boolean configured() {
        return !value("host").isEmpty() && !value("from").isEmpty();
    }

    @Override
    public void send(Mail mail) {
        if (!configured()) {
            throw new MailException("no mail server is configured: set host and from in etc/" + PID + ".cfg", null);
        }
        Properties p = new Properties();
        String security = value("security").toLowerCase(Locale.ROOT);
        String protocol = "ssl".equals(security) ? "smtps" : "smtp";
        String port = value("port").isEmpty() ? ("ssl".equals(security) ? "465" : "25") : value("port");
        String timeout = String.valueOf(1000 * (value("timeout").isEmpty() ? 20 : Integer.parseInt(value("timeout"))));
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", value("host"));
        p.put("mail." + protocol + ".port", port);
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        if ("starttls".equals(security)) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        boolean login = !value("user").isEmpty();
        p.put("mail." + protocol + ".auth", String.valueOf(login));
        Session session = Session.getInstance(p);
        // javax.mail finds its content handlers through the context class loader (STACK.md): its own, while it sends
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(value("from"), true));
            for (String to : mail.to()) {
                m.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            }
            m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachments().isEmpty()) {
                m.setText(mail.text(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart body = new MimeBodyPart();
                body.setText(mail.text(), StandardCharsets.UTF_8.name());
                parts.addBodyPart(body);
                for (Mail.Attachment a : mail.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                    part.setFileName(MimeUtility.encodeText(a.fileName(), StandardCharsets.UTF_8.name(), "B"));
                    parts.addBodyPart(part);
                }
                m.setContent(parts);
            }
            m.saveChanges();
            try (Transport t = session.getTransport(protocol)) {
                if (login) {
                    t.connect(value("host"), Integer.parseInt(port), value("user"), value("password"));
                } else {
                    t.connect();
                }
                t.sendMessage(m, m.getAllRecipients());
            }
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
            throw new MailException("the mail to " + String.join(", ", mail.to()) + " was not sent: " + reason(e), e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String said = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e == root || e.getMessage() == null ? said : e.getMessage() + " (" + said + ")";
    }
}
