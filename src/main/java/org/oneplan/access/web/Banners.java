package org.oneplan.access.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The success banner shown on the page a change redirects to (see components :: successBanner). */
@Component
class Banners {

    private final MessageSource messages;

    Banners(MessageSource messages) {
        this.messages = messages;
    }

    void flash(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("banner", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
