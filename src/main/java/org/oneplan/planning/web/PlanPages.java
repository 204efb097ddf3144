package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.PlanOverview;
import org.oneplan.planning.PlanOverviewView;
import org.oneplan.planning.PlanPanel;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.Whose;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's task list, and one page per question, each answer saying whose words it is. */
@Controller
class PlanPages {

    static final String READERS = "isAuthenticated()";
    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";
    /** Planners, and the person or a supporter for the answers that are their own (checked by the service). */
    static final String PLANNERS_OR_OWN_WORDS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER','PERSON','SUPPORTER')";

    private final CarePlans plans;
    private final PlanOverview overview;
    private final People people;
    private final MayChangePlan mayChange;
    private final MessageSource messages;
    private final List<PlanPanel> panels;

    PlanPages(CarePlans plans, PlanOverview overview, People people, MessageSource messages, List<PlanPanel> panels,
              MayChangePlan mayChange) {
        this.mayChange = mayChange;
        this.panels = panels;
        this.plans = plans;
        this.overview = overview;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/plan")
    @PreAuthorize(READERS)
    String plan(@PathVariable UUID id, Model model) {
        model.addAttribute("person", person(id));
        Optional<PlanOverviewView> found = overview.find(id);
        model.addAttribute("plan", found.map(PlanOverviewView::plan).orElse(null));
        found.ifPresent(o -> model.addAttribute("state", o.state()).addAttribute("progress", o.progress())
                .addAttribute("outcomes", o.outcomes()).addAttribute("needs", o.needs())
                .addAttribute("arrange", o.arrange()).addAttribute("money", o.money())
                .addAttribute("control", o.control()).addAttribute("next", o.next())
                .addAttribute("actionProgress", o.actionProgress()));
        // No change links while the plan is with the authoriser: nothing in it may change until they decide.
        boolean paused = found.map(o -> o.state().withAuthoriser()).orElse(false);
        mayChange.addTo(model, id, paused);
        model.addAttribute("ownWords", !paused && plans.writesOwnWords(id));
        model.addAttribute("panels", found.map(o -> panels(panels, PlanPanel.Page.PLAN, id, o.state().status()))
                .orElse(List.of()));
        model.addAttribute("stages", PlanSection.Stage.values());
        model.addAttribute("sections", PlanSection.values());
        return "planning/plan";
    }

    @PostMapping("/people/{id}/plan")
    @PreAuthorize(PLANNERS)
    String start(@PathVariable UUID id, RedirectAttributes flash) {
        boolean existed = plans.find(id).isPresent();
        plans.start(id);
        flash.addFlashAttribute("banner", text(existed ? "planning.start.existing" : "planning.start.done"));
        return "redirect:/people/" + id + "/plan";
    }

    @GetMapping("/people/{id}/plan/{prompt}")
    @PreAuthorize(PLANNERS_OR_OWN_WORDS)
    String question(@PathVariable UUID id, @PathVariable String prompt, Model model) {
        PlanPrompt p = prompt(prompt);
        if (plans.writesOwnWords(id) && !p.theirOwn()) {
            throw new AccessDeniedException("Written by those who plan");
        }
        PlanView plan = existing(id);
        AnswerForm form = plan.answer(p).map(AnswerForm::of).orElseGet(() -> {
            AnswerForm f = new AnswerForm();
            f.setWhose(p.usually());
            return f;
        });
        return show(id, p, plan, form, model);
    }

    @PostMapping("/people/{id}/plan/{prompt}")
    @PreAuthorize(PLANNERS_OR_OWN_WORDS)
    String answer(@PathVariable UUID id, @PathVariable String prompt, @ModelAttribute("form") AnswerForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        PlanPrompt p = prompt(prompt);
        try {
            plans.write(id, p, form.getText(), form.getWhose(), form.getWhoseName(), form.getVersion());
            flash.addFlashAttribute("banner", text("planning.answer.saved"));
            return "redirect:/people/" + id + "/plan#" + p.section().slug();
        } catch (PlanRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (StaleRecordException e) {
            PlanView now = existing(id);
            now.answer(p).ifPresent(saved -> {
                model.addAttribute("conflict", saved);
                form.setVersion(saved.version());
            });
            result.reject("planning.answer.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(id, p, now, form, model);
        }
        return show(id, p, existing(id), form, model);
    }

    private String show(UUID id, PlanPrompt prompt, PlanView plan, AnswerForm form, Model model) {
        model.addAttribute("person", person(id));
        model.addAttribute("plan", plan);
        model.addAttribute("prompt", prompt);
        model.addAttribute("form", form);
        model.addAttribute("whoseOptions", whoseOptions(messages));
        model.addAttribute("ownWords", plans.writesOwnWords(id));
        return "planning/question";
    }

    private PersonRecord person(UUID id) {
        return people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person"));
    }

    private PlanView existing(UUID id) {
        return plans.find(id).orElseThrow(() -> new RecordNotFoundException("Plan"));
    }

    private static PlanPrompt prompt(String slug) {
        return PlanPrompt.ofSlug(slug).orElseThrow(() -> new RecordNotFoundException("Question"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** What the other modules' panels show on the page for the person's plan. */
    static List<PlanPanel.Shown> panels(List<PlanPanel> panels, PlanPanel.Page page, UUID personId,
                                        org.oneplan.planning.PlanStatus status) {
        return panels.stream().flatMap(p -> p.on(page, personId, status).stream()).toList();
    }

    static List<Option> whoseOptions(MessageSource messages) {
        return Arrays.stream(Whose.values()).map(w -> new Option(w.name(),
                messages.getMessage("planning.whose." + w.name(), null, LocaleContextHolder.getLocale()))).toList();
    }
}
