package org.gongkai.disclosure.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal's words: a key of {@code i18n/refusals} and its arguments, read as every
 * {@link KeyedText} is.
 */
final class RefusalText extends KeyedText {

	/** The refusals' bundle, as {@code application.yml} lists it. */
	static final String BUNDLE = "i18n/refusals";

	RefusalText(String key, Object[] arguments) {
		super(key, arguments);
	}

	/**
	 * An enum constant's words as an argument: its {@code label()} in Chinese, in another
	 * language {@code enum.<Name>.<CONSTANT>} of the enums' bundle (as {@link Labels#of}
	 * shows it).
	 */
	static MessageSourceResolvable label(Enum<?> constant, String method) {
		String key = "enum." + Labels.name(constant.getDeclaringClass()) + "." + constant.name()
				+ ("label".equals(method) ? "" : "." + method);
		return new DefaultMessageSourceResolvable(new String[] { key }, null, Labels.chinese(constant, method));
	}

}
