package org.oneplan.notifications.internal;

import java.time.Clock;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the due emails of the outbox: claims a batch, sends each one outside any transaction, and marks it
 * sent or records the failure (tried again later with back-off). Runs on a schedule when email is on; several
 * instances may run at once, as each message is claimed by one of them only.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final String INSTANCE = UUID.randomUUID().toString().substring(0, 8);

    private final OutboxClaims claims;
    private final JavaMailSender mail;
    private final NotificationSettings settings;
    private final Clock clock;
    private final AuditTrail audit;

    public OutboxSender(OutboxClaims claims, JavaMailSender mail, NotificationSettings settings, Clock clock,
                        AuditTrail audit) {
        this.claims = claims;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    /** How one run went. */
    public record Run(int sent, int failed) {
    }

    public Run sendDue() {
        String claim = INSTANCE + "/" + UUID.randomUUID();
        int sent = 0;
        int failed = 0;
        for (UUID id : claims.claimDue(claim, clock.instant(), settings.email().claimFor(), settings.email().batchSize())) {
            try {
                Outcome outcome = sendOne(id, claim);
                sent += outcome == Outcome.SENT ? 1 : 0;
                failed += outcome == Outcome.FAILED ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Notifications outbox: could not record how message {} went ({}); it is tried again when its "
                        + "claim runs out", id, e.getClass().getSimpleName());
            }
        }
        if (sent + failed > 0) {
            log.info("Notifications outbox: {} sent, {} failed", sent, failed);
        }
        return new Run(sent, failed);
    }

    private enum Outcome { SENT, FAILED, NO_LONGER_MINE }

    private Outcome sendOne(UUID id, String claim) {
        OutboxClaims.Envelope envelope = claims.envelope(id).orElse(null);
        if (envelope == null) {
            return Outcome.NO_LONGER_MINE;
        }
        try {
            mail.send(message(envelope));
        } catch (RuntimeException e) {
            return claims.failed(id, claim, SendFailures.describe(e, envelope.recipient()), clock.instant(),
                    settings.retry()) ? Outcome.FAILED : Outcome.NO_LONGER_MINE;
        }
        if (!claims.sent(id, claim, clock.instant())) {
            return Outcome.NO_LONGER_MINE;
        }
        audit.recordAs("system", null, AuditAction.EXPORTED, "Person", envelope.personId(),
                "Emailed the person: " + envelope.subject());
        return Outcome.SENT;
    }

    private SimpleMailMessage message(OutboxClaims.Envelope envelope) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.email().from());
        message.setTo(envelope.recipient());
        message.setSubject(envelope.subject());
        message.setText(envelope.body());
        return message;
    }
}
