package org.gongkai.disclosure.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * An enum constant's words in the page's language, for templates as
 * {@code ${@labels.of(channel)}}. The Chinese words stay where they are defined — the
 * constant's own {@code label()} (or another named text method), which for statutory
 * outcomes reproduces the official label exactly — so the Chinese bundle repeats nothing.
 * Other languages find theirs in {@code i18n/enums_<lang>.properties} under
 * {@code enum.<Name>.<CONSTANT>} (see {@link #name}; or
 * {@code enum.<Name>.<CONSTANT>.<method>} for a second text such as a legal basis),
 * falling back to the Chinese.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	public Labels(MessageSource messages) {
		this.messages = messages;
	}

	/** The constant's {@code label()} in the current language. */
	public String of(Enum<?> constant) {
		return of(constant, "label");
	}

	/**
	 * The constant's text named by {@code method} (a public no-argument method returning
	 * text, e.g. {@code legalBasis}) in the current language.
	 */
	public String of(Enum<?> constant, String method) {
		if (constant == null) {
			return "";
		}
		String chinese = chinese(constant, method);
		String key = "enum." + name(constant.getDeclaringClass()) + "." + constant.name()
				+ ("label".equals(method) ? "" : "." + method);
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, chinese, locale);
	}

	/**
	 * The enum's name in keys: its simple name, a nested enum's prefixed with its
	 * enclosing type's ({@code NotHeldAnswer.Kind} is {@code NotHeldAnswerKind}).
	 */
	public static String name(Class<?> type) {
		return ClassUtils.getShortName(type).replace(".", "");
	}

	static String chinese(Enum<?> constant, String method) {
		try {
			Method m = constant.getDeclaringClass().getMethod(method);
			return String.valueOf(m.invoke(constant));
		}
		catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalArgumentException(
					constant.getDeclaringClass().getSimpleName() + " has no text method " + method, ex);
		}
	}

}
