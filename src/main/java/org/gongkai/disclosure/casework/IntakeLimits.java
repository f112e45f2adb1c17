package org.gongkai.disclosure.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits against flooding the office, set by each county (environment or
 * {@code application.yml}): they protect the service, not the statute's reasonable-scope
 * rule, which stays with the officer (说明理由, 《条例》第三十五条).
 *
 * @param filingsPerDay online requests one applicant may file per rolling day
 * @param filesPerCase uploads one case takes
 * @param bytesPerCase total upload size one case takes
 * @param bytesPerApplicant total upload size over all of one applicant's cases
 */
@ConfigurationProperties("gongkai.limits")
public record IntakeLimits(@DefaultValue("30") int filingsPerDay, @DefaultValue("20") int filesPerCase,
		@DefaultValue("50MB") DataSize bytesPerCase, @DefaultValue("200MB") DataSize bytesPerApplicant) {
}
