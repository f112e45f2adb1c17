package org.gongkai.disclosure.notifications;

import java.util.concurrent.ThreadLocalRandom;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.ApplicantRegistration;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;

import org.springframework.boot.test.context.TestComponent;

/**
 * What the notification tests need beyond {@link Fixtures}: an applicant with an e-mail
 * address of their own (the shared fixtures give every applicant the same one), and a
 * filed request.
 */
@TestComponent
class NotificationFixtures {

	private final Fixtures fixtures;

	private final ApplicantRegistration registration;

	private final RequestIntake intake;

	NotificationFixtures(Fixtures fixtures, ApplicantRegistration registration, RequestIntake intake) {
		this.fixtures = fixtures;
		this.registration = registration;
		this.intake = intake;
	}

	/** A natural person with a unique e-mail address ({@code <username>@example.org}). */
	GongkaiUser applicant() {
		String username = "notified-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		registration.register(new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "申请人" + username,
				IdDocumentType.RESIDENT_ID_CARD, Fixtures.validResidentId(), "13912345678", email(username), "某地"),
				username, Fixtures.PASSWORD);
		return fixtures.user(username);
	}

	static String email(GongkaiUser applicant) {
		return email(applicant.getUsername());
	}

	private static String email(String username) {
		return username + "@example.org";
	}

	DisclosureCase file(GongkaiUser applicant, Agency agency) {
		return fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "本县2024年度财政预算执行情况报告", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
	}

}
