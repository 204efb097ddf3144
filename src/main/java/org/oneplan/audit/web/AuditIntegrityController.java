package org.oneplan.audit.web;

import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.audit.ChainCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Lets a system administrator or manager re-check the audit hash chain and see whether it is intact. */
@Controller
class AuditIntegrityController {

    private final AuditTrail audit;

    AuditIntegrityController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit/integrity")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','MANAGER')")
    String show() {
        return "audit/integrity";
    }

    @PostMapping("/audit/integrity")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','MANAGER')")
    String check(Model model) {
        ChainCheck result = audit.verifyChain();
        audit.record(AuditAction.VIEWED, "AUDIT_CHAIN", null, result.intact() ? "chain intact" : "chain broken");
        model.addAttribute("result", result);
        return "audit/integrity";
    }
}
