package org.gongkai.disclosure.casework.web;

import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of the request process's steps in the page's language, for templates as
 * {@code ${@stepNames.of(detail.positionIds)}}: the officer's bundle holds each named
 * element of {@code bpmn/disclosure-request.bpmn} under {@code process.<element id>}, the
 * Chinese exactly as the model names it ({@code StepNamesTest} keeps the two alike). An
 * element the model leaves unnamed (a plain gateway) is no step a person knows, and is
 * left out, as the engine's own names leave it out.
 */
@Component("stepNames")
public class StepNames {

	private final MessageSource messages;

	StepNames(MessageSource messages) {
		this.messages = messages;
	}

	/** The names of the elements {@code ids}, those the model names. */
	public List<String> of(List<String> ids) {
		return ids.stream().map(id -> of(id, null)).filter(Objects::nonNull).toList();
	}

	/** The name of the element {@code id}; {@code fallback} if the bundle has none. */
	public String of(String id, String fallback) {
		return messages.getMessage("process." + id, null, fallback, LocaleContextHolder.getLocale());
	}

}
