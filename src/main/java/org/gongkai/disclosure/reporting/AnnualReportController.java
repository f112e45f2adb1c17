package org.gongkai.disclosure.reporting;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports", description = "政府信息公开工作年度报告")
class AnnualReportController {

	static final String COLUMN_ORDERS = """
			Column orders (values[i] of each row, in the order of `columns`):
			- 三 (2021, 2019): 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
			- 二 2021: 第二十条第（一）项 本年制发件数, 本年废止件数, 现行有效件数; （五）（六） 本年处理决定数量; （八） 本年收费金额（单位：万元）.
			- 二 2019: （一） 本年新制作数量, 本年新公开数量, 对外公开总数量; （五）（六） 上一年项目数量, 本年增/减, 处理决定数量; \
			（八） 上一年项目数量, 本年增/减; （九） 采购项目数量, 采购总金额.
			- 六 (2021): 发出收费通知件数, 实际缴费件数, 实际收取金额（元）.
			- jilin-2011: 累计数, {yy}年发生数.  cangnan-2012: 数据统计.
			A value is null when never recorded (blank is not zero); `scales[i]` gives its decimals and `display[i]` the \
			printed value (amounts in 万元 have scale 4).""";

	private final ReportCompiler compiler;

	private final ReportDrillDown drillDown;

	private final ReportPublishing publishing;

	AnnualReportController(ReportCompiler compiler, ReportDrillDown drillDown, ReportPublishing publishing) {
		this.compiler = compiler;
		this.drillDown = drillDown;
		this.publishing = publishing;
	}

	@GetMapping("/annual/{year}")
	@Operation(summary = "某机关某年度的年度报告：各表逐行官方标签、按列序的数值、勾稽校验结果、第一五六部分正文、发布状态",
			description = "format: 2021 (default), 2019, jilin-2011, cangnan-2012. scope: agency (default) or summary "
					+ "(the agency and every agency below it; statistician or head of office only).\n\n"
					+ COLUMN_ORDERS)
	AnnualReport annual(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year,
			@RequestParam("agency") String agencyCode,
			@Parameter(description = "2021 | 2019 | jilin-2011 | cangnan-2012") @RequestParam(value = "format",
					required = false) String format,
			@Parameter(description = "agency | summary") @RequestParam(value = "scope",
					required = false) String scope) {
		return compiler.compile(officer, agencyCode, year, format, scope);
	}

	@GetMapping("/formats")
	@Operation(summary = "可选的报告格式")
	Map<String, String> formats() {
		return ReportCompiler.formatLabels();
	}

	@GetMapping("/annual/{year}/cells/{section}/{rowKey}/{column}")
	@Operation(summary = "某个数字背后的记录：案件（或收费记录、主动公开登记），以及汇总报告中各机关的数值",
			description = "section is the table's section (二, 三, 五, 六), rowKey the row's key, column the 0-based "
					+ "index into the row's values. The list comes from the same SQL predicate as the count, "
					+ ReportDrillDown.PAGE_SIZE + " records a page (page from 0; hasNext says whether there are more); "
					+ "every record as CSV at /officer/reports/cell.csv.")
	ReportDrillDown.CellDrillDown cell(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year,
			@PathVariable String section, @PathVariable String rowKey, @PathVariable int column,
			@RequestParam("agency") String agencyCode, @RequestParam(value = "format", required = false) String format,
			@RequestParam(value = "scope", required = false) String scope,
			@RequestParam(value = "page", defaultValue = "0") int page) {
		return drillDown.cell(officer, agencyCode, year, format, scope, section, rowKey, column, page);
	}

	record TypedTable(String section, Map<String, List<Long>> rows) {
	}

	@PostMapping("/checks")
	@Operation(summary = "对照已发布报告录入的表格（第三、四部分）运行同样的勾稽校验：空白或缺行作为校验发现报告，不报错",
			description = "section 三: rows keyed NEW, CARRIED_OVER, each outcome key, TOTAL, CARRIED_FORWARD, seven "
					+ "values each (null = blank). section 四: one row APPEALS of 15 values.")
	ReportTable checks(@RequestBody TypedTable table) {
		return compiler.checkTypedIn(table.section(), table.rows());
	}

	record TextBody(String body) {
	}

	@PutMapping("/annual/{year}/texts/{section}")
	@Operation(summary = "编辑第一、五、六部分正文（本机关年报统计人员或公开工作机构负责人）")
	ReportText text(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year, @PathVariable String section,
			@RequestParam("agency") String agencyCode, @RequestBody TextBody body) {
		return publishing.saveNarrative(officer, agencyCode, year, section, body.body());
	}

	record PublishBody(String reason) {
	}

	@PostMapping("/annual/{year}/publish")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "发布年度报告（本机关公开工作机构负责人）：冻结为版本化快照；再次发布为更正，须说明理由；校验未通过不能发布")
	ReportPublishing.PublishedVersion publish(@AuthenticationPrincipal GongkaiUser head, @PathVariable int year,
			@RequestParam("agency") String agencyCode, @RequestParam(value = "format", required = false) String format,
			@RequestParam(value = "scope", required = false) String scope,
			@RequestBody(required = false) PublishBody body) {
		return publishing.publish(head, agencyCode, year, format, scope, body == null ? null : body.reason());
	}

	@GetMapping("/annual/{year}/versions")
	@Operation(summary = "已发布的各版本（最新在前）")
	List<ReportPublishing.PublishedVersion> versions(@AuthenticationPrincipal GongkaiUser officer,
			@PathVariable int year, @RequestParam("agency") String agencyCode,
			@RequestParam(value = "scope", required = false) String scope) {
		return publishing.versions(officer, agencyCode, year, scope);
	}

	@GetMapping("/annual/{year}/versions/{version}")
	@Operation(summary = "某个已发布版本的完整内容（发布时冻结的JSON）")
	JsonNode version(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year, @PathVariable int version,
			@RequestParam("agency") String agencyCode, @RequestParam(value = "scope", required = false) String scope) {
		return publishing.published(officer, agencyCode, year, scope, version);
	}

	@GetMapping("/annual/{year}/diff")
	@Operation(summary = "更正比对：最新发布版本与按现有记录重新计算的报告逐格比较")
	ReportPublishing.Restatement diff(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year,
			@RequestParam("agency") String agencyCode, @RequestParam(value = "scope", required = false) String scope) {
		return publishing.diff(officer, agencyCode, year, scope);
	}

}
