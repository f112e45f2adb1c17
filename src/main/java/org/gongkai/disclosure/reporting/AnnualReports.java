package org.gongkai.disclosure.reporting;

import java.time.Year;
import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Compiles annual reports for the officers of an agency. */
@Service
public class AnnualReports {

    public static final String FORMAT_2021 = "2021";

    private final Agencies agencies;
    private final RequestStatistics statistics;
    private final AppealStatistics appealStatistics;
    private final AuditTrail audit;

    AnnualReports(Agencies agencies, RequestStatistics statistics, AppealStatistics appealStatistics,
                  AuditTrail audit) {
        this.agencies = agencies;
        this.statistics = statistics;
        this.appealStatistics = appealStatistics;
        this.audit = audit;
    }

    /**
     * An agency's own officers read its report; the statistician and the head of a government's office also read
     * the reports of the agencies below it (the government summary).
     */
    private boolean mayRead(GongkaiUser user, Agency agency) {
        if (!user.role().readsReports() || user.agencyId() == null) {
            return false;
        }
        if (user.agencyId().equals(agency.id())) {
            return true;
        }
        return (user.role() == Role.STATISTICIAN || user.role() == Role.HEAD_OF_OFFICE)
                && agencies.isAncestorOf(user.agencyId(), agency.id());
    }

    @PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
    public AnnualReport compile(GongkaiUser officer, String agencyCode, int year) {
        if (year < 2008 || year > Year.now().getValue()) {
            throw new IllegalArgumentException("年度须在2008年至今年之间");
        }
        Agency agency = agencies.byCode(agencyCode)
                .orElseThrow(() -> new IllegalArgumentException("未找到机关: " + agencyCode));
        if (!mayRead(officer, agency)) {
            audit.recordAlone("REPORT_READ", "report", agency.code() + "/" + year, AuditResult.DENIED, "无权查看");
            throw new AccessDeniedException("只能查看本机关或下属机关的年度报告");
        }
        ReportTable three = SectionThree.from(statistics.countsFor(agency.id(), year));
        ReportTable four = SectionFour.from(appealStatistics.countsFor(agency.id(), year));
        audit.recordAlone("REPORT_READ", "report", agency.code() + "/" + year, AuditResult.SUCCESS, "编制年度报告");
        return new AnnualReport(year, new AnnualReport.AgencyRef(agency.code(), agency.name()), FORMAT_2021,
                List.of(three, four), List.of());
    }
}
