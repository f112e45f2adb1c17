package org.gongkai.disclosure.shared.ids;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Path variables and request parameters as typed ids: a controller takes
 * {@code @PathVariable CaseId id} directly. Spring Boot adds every {@link Converter} bean
 * to the web conversion service. Read like a UUID is (trimmed, blank is absent); a
 * malformed id fails the conversion, answered 400 like any other type mismatch.
 */
final class IdConverters {

	private IdConverters() {
	}

	@Component
	static class ToCaseId implements Converter<String, CaseId> {

		@Override
		public CaseId convert(String source) {
			return StringUtils.hasText(source) ? CaseId.of(source.trim()) : null;
		}

	}

	@Component
	static class ToAgencyId implements Converter<String, AgencyId> {

		@Override
		public AgencyId convert(String source) {
			return StringUtils.hasText(source) ? AgencyId.of(source.trim()) : null;
		}

	}

	@Component
	static class ToAppealId implements Converter<String, AppealId> {

		@Override
		public AppealId convert(String source) {
			return StringUtils.hasText(source) ? AppealId.of(source.trim()) : null;
		}

	}

}
