package org.gongkai.disclosure.applicants;

import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-registration of an applicant with a login, in one transaction: both are kept, or neither. */
@Service
public class ApplicantRegistration {

    private final Applicants applicants;
    private final Accounts accounts;

    ApplicantRegistration(Applicants applicants, Accounts accounts) {
        this.applicants = applicants;
        this.accounts = accounts;
    }

    @Transactional
    public Account register(ApplicantDetails details, String username, String rawPassword) {
        if (accounts.exists(username)) {
            throw new IllegalArgumentException("用户名已被使用");
        }
        Applicant applicant = applicants.save(details.toApplicant(ApplicantId.random()));
        return accounts.create(username, rawPassword, applicant.name(), Role.APPLICANT, null, applicant.id().value());
    }
}
