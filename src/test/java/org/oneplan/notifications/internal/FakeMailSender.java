package org.oneplan.notifications.internal;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Keeps what it is asked to send; while {@link #down} it fails like an SMTP server that rejects the message. */
class FakeMailSender implements JavaMailSender {

    final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
    volatile boolean down;
    volatile long pauseMillis;

    @Override
    public void send(SimpleMailMessage... messages) {
        for (SimpleMailMessage message : messages) {
            if (down) {
                throw new MailSendException("550 5.1.1 <" + message.getTo()[0] + ">: Recipient address rejected; "
                        + "also tried " + message.getTo()[0].toUpperCase());
            }
            pause();
            sent.add(message);
        }
    }

    private void pause() {
        if (pauseMillis > 0) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public MimeMessage createMimeMessage() {
        throw new UnsupportedOperationException("OnePlan sends plain text messages");
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) {
        throw new UnsupportedOperationException("OnePlan sends plain text messages");
    }

    @Override
    public void send(MimeMessage... mimeMessages) {
        throw new UnsupportedOperationException("OnePlan sends plain text messages");
    }
}
