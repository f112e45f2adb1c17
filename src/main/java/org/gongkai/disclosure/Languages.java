package org.gongkai.disclosure;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: Simplified Chinese for everyone (a Chinese government's system, so
 * not the browser's language), English for whoever chooses it with the header's switch
 * ({@code ?lang=en}, kept in a cookie for a year). Texts come from the bundles
 * ({@code messages} and one per area under {@code i18n/}, listed in
 * {@code application.yml}); a text not yet in English falls back to the Chinese, never to
 * a code. Enum constants speak through {@code shared.Labels}. The JSON API's clients, who
 * have no switch, ask with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<Locale> OFFERED = List.of(CHINESE, Locale.ENGLISH);

	/**
	 * The JSON API's paths, whose clients choose their language by
	 * {@code Accept-Language}.
	 */
	private static final String API = "/api/";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("gongkai-lang");
		resolver
			.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(API) ? asked(request) : CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * An API client's language (its refusals' words, {@code ApiProblems}): the one its
	 * {@code Accept-Language} asks for among those offered, else Chinese. A page's
	 * language is not the browser's.
	 */
	private static Locale asked(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return CHINESE;
		}
		try {
			Locale asked = Locale.lookup(Locale.LanguageRange.parse(header),
					OFFERED.stream().map(l -> Locale.forLanguageTag(l.getLanguage())).toList());
			return asked == null ? CHINESE
					: OFFERED.stream()
						.filter(l -> l.getLanguage().equals(asked.getLanguage()))
						.findFirst()
						.orElse(CHINESE);
		}
		catch (IllegalArgumentException malformed) {
			return CHINESE;
		}
	}

	/**
	 * Texts a controller composes (a confirmation after a redirect, a refusal) in the
	 * request's language: {@code messages.getMessage("key", args)}.
	 */
	@Bean
	MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
		return new MessageSourceAccessor(messageSource);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				Locale asked = super.parseLocaleValue(value);
				// only the offered languages; anything else (a typo, an attack) is
				// Chinese
				return asked == null ? CHINESE
						: OFFERED.stream()
							.filter(l -> l.getLanguage().equals(asked.getLanguage()))
							.findFirst()
							.orElse(CHINESE);
			}
		};
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
