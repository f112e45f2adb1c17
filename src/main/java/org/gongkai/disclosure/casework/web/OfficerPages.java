package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.Attachment;
import org.gongkai.disclosure.casework.CaseAttachments;
import org.gongkai.disclosure.casework.CaseDecisions;
import org.gongkai.disclosure.casework.CaseId;
import org.gongkai.disclosure.casework.CaseViews;
import org.gongkai.disclosure.decisions.Outcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's pages: the task list (most urgent first) and the case page with the decision form. */
@Controller
@RequestMapping("/officer")
class OfficerPages {

    private final CaseViews views;
    private final CaseDecisions decisions;
    private final CaseAttachments attachments;

    OfficerPages(CaseViews views, CaseDecisions decisions, CaseAttachments attachments) {
        this.views = views;
        this.decisions = decisions;
        this.attachments = attachments;
    }

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal GongkaiUser officer, Model model) {
        model.addAttribute("tasks", views.taskList(officer));
        return "officer/tasks";
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id, Model model) {
        model.addAttribute("detail", views.detail(officer, new CaseId(id)));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("attachments", attachments.of(officer, new CaseId(id)));
        model.addAttribute("purposes", Attachment.Purpose.values());
        return "officer/case";
    }

    @PostMapping("/cases/{id}/attachments")
    String upload(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
                  @RequestParam(required = false) Attachment.Purpose purpose,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        AttachmentUploads.upload(attachments, officer, new CaseId(id), purpose, file, redirect);
        return "redirect:/officer/cases/" + id;
    }

    @PostMapping("/cases/{id}/decision")
    String decide(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
                  @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String replyText,
                  RedirectAttributes redirect) {
        try {
            decisions.decide(officer, new CaseId(id), outcome, replyText);
            redirect.addFlashAttribute("message", "已记录办理结果，答复书将自动出具");
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("replyText", replyText);
        }
        return "redirect:/officer/cases/" + id;
    }
}
