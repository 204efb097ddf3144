package org.oneplan.people.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.oneplan.audit.AuditAction;
import org.oneplan.people.internal.TeamAuditLog;
import org.oneplan.web.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** "Search the audit log" for managers: who read or changed the records of their teams' people. */
@Controller
class AuditLogPages {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final TeamAuditLog log;
    private final MessageSource messages;

    AuditLogPages(TeamAuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('MANAGER')")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        model.addAttribute("entries", log.search(who, action, from == null ? null : from.atStartOfDay(UK).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(UK).toInstant(), PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("actor", who == null ? "" : who);
        model.addAttribute("action", action == null ? "" : action.name());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actionOptions", Arrays.stream(AuditAction.values())
                .map(a -> new Option(a.name(), messages.getMessage("audit.action." + a.name(), null,
                        LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("pageHref", UriComponentsBuilder.fromPath("/audit").queryParamIfPresent("actor", java.util.Optional.ofNullable(who))
                .queryParamIfPresent("action", java.util.Optional.ofNullable(action))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to)).encode().toUriString());
        return "people/audit-log";
    }
}
