package org.oneplan.notifications.web;

import java.util.UUID;
import org.oneplan.notifications.internal.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox of emails to people: waiting, sent and failed, newest first, with "try again" for failures. */
@Controller
class OutboxPages {

    static final String OUTBOX_READERS = "hasAnyRole('ADMINISTRATOR','SYSTEM_ADMIN')";

    private final Outbox outbox;
    private final MessageSource messages;

    OutboxPages(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @GetMapping("/notifications/outbox")
    @PreAuthorize(OUTBOX_READERS)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("emails", outbox.list(page));
        model.addAttribute("emailEnabled", outbox.emailEnabled());
        return "notifications/outbox";
    }

    @PostMapping("/notifications/outbox/{id}/try-again")
    @PreAuthorize(OUTBOX_READERS)
    String tryAgain(@PathVariable UUID id, RedirectAttributes flash) {
        String key = outbox.tryAgain(id) ? "notifications.outbox.queuedAgain" : "notifications.outbox.notFailed";
        flash.addFlashAttribute("banner", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        return "redirect:/notifications/outbox";
    }
}
