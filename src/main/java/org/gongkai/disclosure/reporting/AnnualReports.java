package org.gongkai.disclosure.reporting;

import java.time.Year;
import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Compiles annual reports for the officers of an agency. */
@Service
public class AnnualReports {

    public static final String FORMAT_2021 = "2021";

    private final Agencies agencies;
    private final RequestStatistics statistics;

    AnnualReports(Agencies agencies, RequestStatistics statistics) {
        this.agencies = agencies;
        this.statistics = statistics;
    }

    @PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'HEAD_OF_OFFICE')")
    public AnnualReport compile(GongkaiUser officer, String agencyCode, int year) {
        if (year < 2008 || year > Year.now().getValue()) {
            throw new IllegalArgumentException("年度须在2008年至今年之间");
        }
        Agency agency = agencies.byCode(agencyCode)
                .orElseThrow(() -> new IllegalArgumentException("未找到机关: " + agencyCode));
        if (!officer.isOfficerOf(agency.id())) {
            throw new AccessDeniedException("只能查看本机关的年度报告");
        }
        ReportTable three = SectionThree.from(statistics.countsFor(agency.id(), year));
        return new AnnualReport(year, new AnnualReport.AgencyRef(agency.code(), agency.name()), FORMAT_2021,
                List.of(three));
    }
}
