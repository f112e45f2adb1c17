package org.gongkai.disclosure.reporting.export;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such export, or not one the current user asked for: both answer 404 (RFC 9457
 * problem details).
 */
public class ExportNotFoundException extends ErrorResponseException {

	public ExportNotFoundException() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "未找到该导出（导出文件保留一天）");
		p.setTitle("未找到");
		return p;
	}

}
