package org.gongkai.disclosure;

import java.net.URI;
import java.util.stream.Collectors;

import org.gongkai.disclosure.casework.AttachmentNotFoundException;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.IdempotencyKeyReusedException;
import org.gongkai.disclosure.casework.OutcomeNotEarnedException;
import org.gongkai.disclosure.serving.ServiceRecordNotFoundException;
import org.gongkai.disclosure.shared.InvalidFields;
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
 * RFC 9457 problem details for the JSON API, with messages people can read (in Chinese).
 * Business refusals are 400 or 409, a case that is missing or not the caller's is 404;
 * nothing internal leaks. A keyed refusal's detail ({@code shared.Refusal}) is in the
 * request's language ({@code Accept-Language}, or the page's choice), Chinese by default.
 * Ordered first so that it, and not {@link PageFormRefusals}, answers for the API.
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
		return problem(HttpStatus.BAD_REQUEST, "请求内容有误", RefusalWords.of(e, messages));
	}

	/**
	 * Every problem with what was sent, at once: the message joins them, {@code errors}
	 * names each one's field.
	 */
	@ExceptionHandler(InvalidFields.class)
	ProblemDetail invalidFields(InvalidFields e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求内容有误",
				String.join(messages.getMessage("refusal.separator"), e.problems(messages).values()));
		problem.setProperty("errors", e.problems(messages));
		return problem;
	}

	@ExceptionHandler(RateLimitExceeded.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimitExceeded e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", RefusalWords.of(e, messages)));
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException e) {
		return problem(HttpStatus.CONFLICT, "当前状态不允许该操作", RefusalWords.of(e, messages));
	}

	/**
	 * An outcome without its legal precondition on the record
	 * (docs/statute.md#outcome-preconditions): the reason, and which outcome, so a client
	 * can show it beside the field.
	 */
	@ExceptionHandler(OutcomeNotEarnedException.class)
	ProblemDetail outcomeNotEarned(OutcomeNotEarnedException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "办理结果不具备法定条件", RefusalWords.of(e, messages));
		problem.setProperty("outcome", e.outcome().name());
		return problem;
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "幂等键已用于另一件申请", RefusalWords.of(e, messages));
	}

	@ExceptionHandler(CaseNotFoundException.class)
	ProblemDetail notFound(CaseNotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "未找到案件", "案件不存在，或您无权查看");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> f.getField() + "：" + f.getDefaultMessage())
			.collect(Collectors.joining("；"));
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求内容有误", detail));
	}

	@ExceptionHandler(AttachmentNotFoundException.class)
	ProblemDetail attachmentNotFound(AttachmentNotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "未找到附件", "附件不存在，或您无权查看");
	}

	@ExceptionHandler(ServiceRecordNotFoundException.class)
	ProblemDetail serviceRecordNotFound(ServiceRecordNotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "未找到送达记录", "送达记录不存在，或不属于该案件");
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail badUpload(MultipartException e) {
		return problem(HttpStatus.BAD_REQUEST, "上传内容有误", "文件上传格式不正确或超过大小限制");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "请求参数格式不正确", "参数 " + e.getName() + " 的值无法识别");
	}

	/**
	 * Spring MVC's own errors (unreadable JSON, missing parameters, wrong method …) in
	 * words people can read.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setTitle(switch (status.value()) {
				case 400 -> "请求内容有误";
				case 404 -> "未找到";
				case 405 -> "不支持该请求方法";
				case 406, 415 -> "不支持的内容类型";
				case 413 -> "上传内容过大";
				default -> "请求无法处理";
			});
			String detail = problem.getTitle();
			if (e instanceof HttpMessageNotReadableException) {
				detail = "请求内容不是有效的JSON，或某个字段的取值无效";
			}
			else if (e instanceof MissingServletRequestParameterException m) {
				detail = "缺少参数 " + m.getParameterName();
			}
			else if (e instanceof MissingServletRequestPartException m) {
				detail = "缺少上传内容 " + m.getRequestPartName();
			}
			else if (e instanceof MaxUploadSizeExceededException) {
				detail = "文件不得超过10MB";
			}
			problem.setDetail(detail);
		}
		return super.handleExceptionInternal(e, body, headers, status, request);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
