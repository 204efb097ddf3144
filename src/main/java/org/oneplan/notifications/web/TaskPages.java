package org.oneplan.notifications.web;

import java.util.UUID;
import org.oneplan.notifications.internal.AdministratorTasks;
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

/** "People to contact": who to tell of a change by letter, phone or text, for the team's administrators. */
@Controller
class TaskPages {

    static final String TEAM_ADMINISTRATORS = "hasRole('ADMINISTRATOR')";

    private final AdministratorTasks tasks;
    private final MessageSource messages;

    TaskPages(AdministratorTasks tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/notifications/tasks")
    @PreAuthorize(TEAM_ADMINISTRATORS)
    String list(@RequestParam(defaultValue = "false") boolean done, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("tasks", tasks.list(done, page));
        model.addAttribute("done", done);
        return "notifications/tasks";
    }

    @PostMapping("/notifications/tasks/{id}/done")
    @PreAuthorize(TEAM_ADMINISTRATORS)
    String markDone(@PathVariable UUID id, RedirectAttributes flash) {
        String key = tasks.markDone(id) ? "notifications.tasks.marked" : "notifications.tasks.alreadyDone";
        flash.addFlashAttribute("banner", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        return "redirect:/notifications/tasks";
    }
}
