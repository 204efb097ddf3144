package org.oneplan.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.ApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Your API tokens for the JSON API: see them, create one (shown once) and revoke one. */
@Controller
class ApiTokensController {

    private final ApiTokens tokens;
    private final Banners banners;

    ApiTokensController(ApiTokens tokens, Banners banners) {
        this.tokens = tokens;
        this.banners = banners;
    }

    @GetMapping("/account/tokens")
    @PreAuthorize("isAuthenticated()")
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("tokens", tokens.of(me.userId()));
        return "account/tokens";
    }

    @GetMapping("/account/tokens/new")
    @PreAuthorize("isAuthenticated()")
    String newToken(Model model) {
        model.addAttribute("tokenForm", NewTokenForm.lasting(tokens.defaultLifetimeDays()));
        return "account/new-token";
    }

    @PostMapping("/account/tokens")
    @PreAuthorize("isAuthenticated()")
    String create(@AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("tokenForm") NewTokenForm form,
                  BindingResult errors, Model model, HttpServletResponse response) {
        if (form.days().isEmpty()) {
            errors.rejectValue("lifetimeDays", "tokens.lifetime.invalid");
        }
        if (errors.hasErrors()) {
            return "account/new-token";
        }
        // The token is shown in this response only, never kept in the session or shown again.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("created", tokens.create(me.userId(), form.getName(), form.days().getAsInt()));
        return "account/token-created";
    }

    @GetMapping("/account/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String confirmRevoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("token", tokens.find(me.userId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "account/revoke-token";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        String name = tokens.find(me.userId(), id).map(ApiTokens.TokenSummary::name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        tokens.revoke(me.userId(), id);
        banners.flash(redirect, "tokens.revoked", name);
        return "redirect:/account/tokens";
    }
}
