package org.gongkai.disclosure.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;

/**
 * One ledger upload: its progress and, once finished, its result — every bad row with its
 * line and reason.
 */
public record ImportJob(UUID id, UUID agencyId, String kind, String fileName, Status status, Integer totalRows,
		int processedRows, int importedRows, List<RowProblem> errors, UUID startedBy, String startedByName,
		Instant startedAt, Instant finishedAt) {

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

	/** Which ledger: 申请台账 or 复议诉讼台账. */
	public String kindLabel() {
		return "APPEALS".equals(kind) ? "复议诉讼台账" : "申请台账";
	}

	public boolean finished() {
		return status != Status.RUNNING;
	}
}
