package org.gongkai.disclosure;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.disclosure.casework.OutcomeNotEarnedException;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.KeyReusedRefusal;
import org.gongkai.disclosure.shared.NotFoundException;
import org.gongkai.disclosure.shared.RateLimitExceeded;
import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the JSON API, with messages people can read. Business
 * refusals are 400 or 409, a case that is missing or not the caller's is 404; nothing
 * internal leaks. Titles and details are in the request's language
 * ({@code Accept-Language}, or the pages' choice; Chinese by default), a service's
 * refusal ({@code shared.Refusal}) worded from its key, the rest from
 * {@code refusal.api.*}. Ordered first so that it, and not {@link PageFormRefusals},
 * answers for the API.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSourceAccessor messages;

	ApiProblems(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "refusal.api.title.badRequest", RefusalWords.of(e, messages));
	}

	/**
	 * Every problem with what was sent, at once: the message joins them, {@code errors}
	 * names each one's field.
	 */
	@ExceptionHandler(InvalidFields.class)
	ProblemDetail invalidFields(InvalidFields e) {
		Map<String, String> problems = e.problems(messages);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "refusal.api.title.badRequest",
				String.join(messages.getMessage("refusal.separator"), problems.values()));
		problem.setProperty("errors", problems);
		return problem;
	}

	@ExceptionHandler(RateLimitExceeded.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimitExceeded e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, "refusal.api.title.tooMany", RefusalWords.of(e, messages)));
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException e) {
		return problem(HttpStatus.CONFLICT, "refusal.api.title.conflict", RefusalWords.of(e, messages));
	}

	/**
	 * An outcome without its legal precondition on the record
	 * (docs/statute.md#outcome-preconditions): the reason, and which outcome, so a client
	 * can show it beside the field.
	 */
	@ExceptionHandler(OutcomeNotEarnedException.class)
	ProblemDetail outcomeNotEarned(OutcomeNotEarnedException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "refusal.api.title.outcomeNotEarned",
				RefusalWords.of(e, messages));
		problem.setProperty("outcome", e.outcome().name());
		return problem;
	}

	/** An idempotency key sent again with other content: the earlier act stands. */
	@ExceptionHandler(KeyReusedRefusal.class)
	ProblemDetail keyReused(KeyReusedRefusal e) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.titleKey(), RefusalWords.of(e, messages));
	}

	/** A case, file, service record or export that is not there, or not the user's. */
	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e.titleKey(), messages.getMessage(e.detailKey()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> f.getField() + messages.getMessage("refusal.api.fieldSeparator") + f.getDefaultMessage())
			.collect(Collectors.joining(messages.getMessage("refusal.separator")));
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "refusal.api.title.badRequest", detail));
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail badUpload(MultipartException e) {
		return problem(HttpStatus.BAD_REQUEST, "refusal.api.title.badUpload",
				messages.getMessage("refusal.api.detail.badUpload"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "refusal.api.title.typeMismatch",
				messages.getMessage("refusal.api.detail.typeMismatch", new Object[] { e.getName() }));
	}

	/**
	 * Spring MVC's own errors (unreadable JSON, missing parameters, wrong method …) in
	 * words people can read.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setTitle(messages.getMessage(switch (status.value()) {
				case 400 -> "refusal.api.title.badRequest";
				case 404 -> "refusal.api.title.notFound";
				case 405 -> "refusal.api.title.methodNotAllowed";
				case 406, 415 -> "refusal.api.title.mediaType";
				case 413 -> "refusal.api.title.tooLarge";
				default -> "refusal.api.title.unprocessable";
			}));
			String detail = problem.getTitle();
			if (e instanceof HttpMessageNotReadableException) {
				detail = messages.getMessage("refusal.api.detail.unreadable");
			}
			else if (e instanceof MissingServletRequestParameterException m) {
				detail = messages.getMessage("refusal.api.detail.missingParameter",
						new Object[] { m.getParameterName() });
			}
			else if (e instanceof MissingServletRequestPartException m) {
				detail = messages.getMessage("refusal.api.detail.missingPart", new Object[] { m.getRequestPartName() });
			}
			else if (e instanceof MaxUploadSizeExceededException) {
				detail = messages.getMessage("refusal.api.detail.tooLarge");
			}
			problem.setDetail(detail);
		}
		return super.handleExceptionInternal(e, body, headers, status, request);
	}

	/**
	 * A problem titled by {@code titleKey} of {@code i18n/refusals}, in the request's
	 * language.
	 */
	private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage(titleKey));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
