package org.gongkai.disclosure.appeals;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such appeal, or not one the current user may see: both answer 404 (RFC 9457 problem
 * details).
 */
public class AppealNotFoundException extends ErrorResponseException {

	public AppealNotFoundException() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "未找到该行政复议或行政诉讼案件");
		p.setTitle("未找到");
		return p;
	}

}
