package org.gongkai.disclosure.administration.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.gongkai.disclosure.accounts.AccountAdministration.AccountSummary;
import org.gongkai.disclosure.accounts.AccountAdministration.CreatedAccount;
import org.gongkai.disclosure.accounts.AccountAdministration;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.administration.AgencyForm;
import org.gongkai.disclosure.administration.Organisation;
import org.gongkai.disclosure.administration.OrganisationImport.ImportRefused;
import org.gongkai.disclosure.administration.OrganisationImport;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.agencies.AgencyKind;
import org.gongkai.disclosure.casework.CaseHandlers;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the organisation ({@code /admin/organisation}): the agency
 * tree, the officers' accounts with their state and actions, a new agency, a new account,
 * handing a leaving officer's cases to another, and the import of a whole organisation —
 * the same services as {@link AdministrationApi}. A refusal keeps what was typed and says
 * what is wrong; a temporary password is shown once.
 */
@Controller
@RequestMapping("/admin/organisation")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganisationPages {

	private final Organisation organisation;

	private final OrganisationImport imports;

	private final AccountAdministration accounts;

	private final Agencies agencies;

	private final CaseHandlers handlers;

	private final MessageSourceAccessor messages;

	OrganisationPages(Organisation organisation, OrganisationImport imports, AccountAdministration accounts,
			Agencies agencies, CaseHandlers handlers, MessageSourceAccessor messages) {
		this.organisation = organisation;
		this.imports = imports;
		this.accounts = accounts;
		this.agencies = agencies;
		this.handlers = handlers;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal GongkaiUser admin, Model model) {
		List<Organisation.Node> tree = organisation.tree();
		Map<AgencyId, String> agencyNames = tree.stream()
			.map(Organisation.Node::agency)
			.collect(Collectors.toMap(Agency::id, Agency::name));
		model.addAttribute("tree", tree);
		model.addAttribute("agencyNames", agencyNames);
		model.addAttribute("officers", accounts.officers(admin));
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("roles", List.of(Role.REGISTRAR, Role.CASE_OFFICER, Role.LEGAL_REVIEWER, Role.HEAD_OF_OFFICE,
				Role.STATISTICIAN, Role.ADMINISTRATOR));
		return "admin/organisation";
	}

	@PostMapping("/agencies")
	String createAgency(@AuthenticationPrincipal GongkaiUser admin, @RequestParam String code,
			@RequestParam String name, @RequestParam AgencyKind kind,
			@RequestParam(defaultValue = "") String parentCode, @RequestParam String officeName,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			organisation.create(admin,
					new AgencyForm(code.strip(), name.strip(), kind, parentCode.isBlank() ? null : parentCode,
							officeName.strip(), null, null, null, null, null, null, null, null));
			return messages.getMessage("organisation.flash.agencyCreated", new Object[] { code.strip() });
		}, Map.of("agencyCode", code, "agencyName", name, "agencyOffice", officeName));
	}

	@PostMapping("/accounts")
	String createAccount(@AuthenticationPrincipal GongkaiUser admin, @RequestParam String username,
			@RequestParam String displayName, @RequestParam Role role, @RequestParam String agencyCode,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			AgencyId agency = agencies.byCode(agencyCode)
				.orElseThrow(() -> new IllegalArgumentException(
						messages.getMessage("organisation.error.noAgency", new Object[] { agencyCode })))
				.id();
			CreatedAccount created = accounts.createOfficer(admin, username.strip(), displayName.strip(), List.of(role),
					agency);
			return temporaryPassword(created.username(), created.temporaryPassword());
		}, Map.of("username", username, "displayName", displayName));
	}

	@PostMapping("/accounts/{username}/{action}")
	String accountAction(@AuthenticationPrincipal GongkaiUser admin, @PathVariable String username,
			@PathVariable String action, RedirectAttributes redirect) {
		return act(redirect, () -> {
			UUID id = account(username).id();
			return switch (action) {
				case "deactivation" -> {
					accounts.deactivate(admin, id);
					yield messages.getMessage("organisation.flash.deactivated", new Object[] { username });
				}
				case "reactivation" -> {
					accounts.reactivate(admin, id);
					yield messages.getMessage("organisation.flash.reactivated", new Object[] { username });
				}
				case "unlock" -> {
					accounts.unlock(admin, id);
					yield messages.getMessage("organisation.flash.unlocked", new Object[] { username });
				}
				case "password-reset" -> temporaryPassword(username, accounts.resetPassword(admin, id));
				default -> throw new IllegalArgumentException(
						messages.getMessage("organisation.error.unknownAction", new Object[] { action }));
			};
		}, Map.of());
	}

	@PostMapping("/reassignment")
	String reassign(@AuthenticationPrincipal GongkaiUser admin, @RequestParam String from,
			@RequestParam String toUsername, RedirectAttributes redirect) {
		return act(redirect,
				() -> messages.getMessage("organisation.flash.reassigned", new Object[] { from,
						handlers.reassignAll(admin, account(from).id(), account(toUsername).id()), toUsername }),
				Map.of());
	}

	@PostMapping("/import")
	String importOrganisation(@AuthenticationPrincipal GongkaiUser admin,
			@RequestParam(required = false) MultipartFile agencies,
			@RequestParam(required = false) MultipartFile accounts, RedirectAttributes redirect) throws IOException {
		byte[] agencyFile = agencies == null || agencies.isEmpty() ? null : agencies.getBytes();
		byte[] accountFile = accounts == null || accounts.isEmpty() ? null : accounts.getBytes();
		try {
			OrganisationImport.Result result = imports.importFiles(admin, agencyFile, accountFile);
			redirect.addFlashAttribute("message", messages.getMessage("organisation.import.done",
					new Object[] { result.agencies(), result.accounts().size() }));
			redirect.addFlashAttribute("created", result.accounts());
		}
		catch (ImportRefused e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
			redirect.addFlashAttribute("importProblems", e.problems());
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/admin/organisation";
	}

	private String act(RedirectAttributes redirect, Supplier<String> action, Map<String, String> typed) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
			typed.forEach(redirect::addFlashAttribute);
		}
		return "redirect:/admin/organisation";
	}

	private String temporaryPassword(String username, String password) {
		return messages.getMessage("organisation.flash.temporaryPassword", new Object[] { username, password });
	}

	private AccountSummary account(String username) {
		return accounts.summary(username)
			.orElseThrow(() -> new IllegalArgumentException(
					messages.getMessage("organisation.error.noAccount", new Object[] { username })));
	}

}
