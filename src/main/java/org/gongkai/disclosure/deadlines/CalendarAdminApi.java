package org.gongkai.disclosure.deadlines;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's calendar API, the same service as the page. */
@RestController
@RequestMapping("/api/admin/calendar")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "calendar-admin", description = "工作日历维护（系统管理员）")
class CalendarAdminApi {

	private final CalendarAdministration administration;

	CalendarAdminApi(CalendarAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/years")
	@Operation(summary = "已载入的年度：来源、载入时间、调整日数")
	List<CalendarAdministration.LoadedYear> years() {
		return administration.years();
	}

	@GetMapping(value = "/{year}", produces = "text/csv")
	@Operation(summary = "某年度的调整日（date,kind,name），即上传格式")
	ResponseEntity<String> export(@PathVariable int year) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("workdays-" + year + ".csv").build().toString())
			.body(administration.export(year));
	}

	@PutMapping(value = "/{year}", consumes = "text/csv")
	@Operation(summary = "载入或更正某年度的日历（text/csv：date,kind,name；kind 为 holiday 或 workday）",
			description = "任一行有误或缺少该年任一法定节假日，则整体不予修改并逐一列出；在办案件的答复期限，待补正、缴费、征求意见、说明理由的期限，以及待答复的复议诉讼答复举证期限随之重新计算")
	CalendarAdministration.LoadedYear replace(@PathVariable int year, @RequestParam String source,
			@RequestBody String days) {
		return administration.replaceYear(year, days, source);
	}

}
