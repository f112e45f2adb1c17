package org.gongkai.disclosure.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.gongkai.disclosure.shared.ids.AgencyId;

/**
 * One ledger upload: its progress and, once finished, its result. A rejected file has
 * {@code problemCount} problems, of which {@code errors} are the first
 * {@value ImportJobs#SHOWN} (the full list is a CSV download); {@code mappings} are the
 * words of the ledger read as another label of the format (企业 → 商业企业), each with the
 * number of rows that used it.
 */
public record ImportJob(UUID id, AgencyId agencyId, String kind, String fileName, Status status, Integer totalRows,
		int processedRows, int importedRows, List<RowProblem> errors, int problemCount, List<Mapping> mappings,
		UUID startedBy, String startedByName, Instant startedAt, Instant finishedAt) {

	/**
	 * A word of the ledger's {@code column} read as the format's {@code canonical} label,
	 * in {@code rows} rows.
	 */
	public record Mapping(String column, String written, String canonical, int rows) {
	}

	public enum Status {

		RUNNING("导入中"), SUCCEEDED("已导入"), REJECTED("已拒绝：文件有错误，未导入任何数据"), FAILED("导入失败，未导入任何数据");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Which ledger: the appeals ledger (复议诉讼台账) or the requests ledger (申请台账); the pages
	 * name it, and what its rows are, in their language.
	 */
	public boolean appeals() {
		return "APPEALS".equals(kind);
	}

	public boolean finished() {
		return status != Status.RUNNING;
	}
}
