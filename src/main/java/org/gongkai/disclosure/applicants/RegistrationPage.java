package org.gongkai.disclosure.applicants;

import org.gongkai.disclosure.shared.FormErrors;
import org.gongkai.disclosure.shared.InvalidFields;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-registration of applicants: who they are (for the report's columns) and a login.
 */
@Controller
@RequestMapping("/register")
class RegistrationPage {

	private final ApplicantRegistration registration;

	private final MessageSourceAccessor messages;

	RegistrationPage(ApplicantRegistration registration, MessageSourceAccessor messages) {
		this.registration = registration;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return view(model);
	}

	@PostMapping
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			InvalidFields.Collector problems = new InvalidFields.Collector();
			form.details().check(problems);
			problems
				.require(form.getPassword() != null && form.getPassword().equals(form.getPasswordAgain()),
						"passwordAgain", "refusal.applicants.passwordsDiffer")
				.throwIfAny();
			// the same answer whether or not a login was created (no enumeration of
			// usernames or identity numbers)
			registration.register(form.details(), form.getUsername(), form.getPassword());
			// ApplicantRegistration.NEUTRAL_ANSWER in the page's language
			redirect.addFlashAttribute("message", messages.getMessage("register.flash.submitted"));
			return "redirect:/login";
		}
		catch (IllegalArgumentException e) {
			FormErrors.reject(errors, e);
			form.setPassword(null);
			form.setPasswordAgain(null);
			return view(model);
		}
	}

	private String view(Model model) {
		model.addAttribute("categories", ApplicantCategory.values());
		model.addAttribute("documentTypes", IdDocumentType.values());
		return "register";
	}

	/** The form's fields; a mutable bean because HTML forms bind field by field. */
	static class RegistrationForm {

		private String username;

		private String password;

		private String passwordAgain;

		private ApplicantCategory category = ApplicantCategory.NATURAL_PERSON;

		private String name;

		private IdDocumentType idDocumentType = IdDocumentType.RESIDENT_ID_CARD;

		private String idDocumentNumber;

		private String phone;

		private String email;

		private String address;

		ApplicantDetails details() {
			return new ApplicantDetails(category, name, idDocumentType, idDocumentNumber, phone, email, address);
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getPasswordAgain() {
			return passwordAgain;
		}

		public void setPasswordAgain(String passwordAgain) {
			this.passwordAgain = passwordAgain;
		}

		public ApplicantCategory getCategory() {
			return category;
		}

		public void setCategory(ApplicantCategory category) {
			this.category = category;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public IdDocumentType getIdDocumentType() {
			return idDocumentType;
		}

		public void setIdDocumentType(IdDocumentType idDocumentType) {
			this.idDocumentType = idDocumentType;
		}

		public String getIdDocumentNumber() {
			return idDocumentNumber;
		}

		public void setIdDocumentNumber(String idDocumentNumber) {
			this.idDocumentNumber = idDocumentNumber;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

	}

}
