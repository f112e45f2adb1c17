package org.gongkai.disclosure.notifications;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification pages: the applicant's (their notifications and the channels they
 * choose, on their profile) and staff's (their digests and the address for them).
 */
@Controller
class NotificationPages {

	private final Inbox inbox;

	private final ChannelPreferences preferences;

	private final MessageSourceAccessor messages;

	NotificationPages(Inbox inbox, ChannelPreferences preferences, MessageSourceAccessor messages) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping("/my/notifications")
	String applicant(@AuthenticationPrincipal GongkaiUser user, Model model) {
		model.addAttribute("messages", inbox.of(user));
		model.addAttribute("choice", preferences.of(user.applicantId()));
		inbox.markRead(user);
		return "notifications/applicant";
	}

	@PostMapping("/my/notifications/channels")
	String choose(@AuthenticationPrincipal GongkaiUser user, @RequestParam(defaultValue = "false") boolean email,
			@RequestParam(defaultValue = "false") boolean sms, RedirectAttributes redirect) {
		try {
			preferences.choose(user.applicantId(), email, sms);
			redirect.addFlashAttribute("message", messages.getMessage("notifications.flash.channelsSaved"));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/my/notifications";
	}

	@GetMapping("/officer/notifications")
	String staff(@AuthenticationPrincipal GongkaiUser user, Model model) {
		model.addAttribute("messages", inbox.of(user));
		model.addAttribute("address", preferences.staffEmail(user.id()).orElse(""));
		inbox.markRead(user);
		return "notifications/staff";
	}

	@PostMapping("/officer/notifications/address")
	String address(@AuthenticationPrincipal GongkaiUser user, @RequestParam(required = false) String email,
			RedirectAttributes redirect) {
		try {
			preferences.setStaffEmail(user.id(), email);
			redirect.addFlashAttribute("message", messages.getMessage("notifications.flash.saved"));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/officer/notifications";
	}

}
