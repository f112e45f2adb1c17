package org.gongkai.disclosure.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/annual")
@Tag(name = "reports", description = "政府信息公开工作年度报告")
class AnnualReportController {

    private final AnnualReports reports;

    AnnualReportController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{year}")
    @Operation(summary = "某机关某年度的年度报告（2021年格式）：各表逐行官方标签、按列序的数值及勾稽校验结果")
    AnnualReport annual(@AuthenticationPrincipal GongkaiUser officer, @PathVariable int year,
                        @RequestParam("agency") String agencyCode) {
        return reports.compile(officer, agencyCode, year);
    }
}
