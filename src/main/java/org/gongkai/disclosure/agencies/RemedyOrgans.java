package org.gongkai.disclosure.agencies;

/**
 * Whom an applicant turns to against an agency's act, as its letters name them: the
 * 行政复议机关 and the 人民法院 — those set in the agency's particulars, else the organ the law
 * gives (docs/statute.md#remedy-organs).
 *
 * @param reviewBody the 行政复议机关, e.g. {@code 示范市人民政府}
 * @param court the court of first instance, e.g. {@code 示范县人民法院}
 * @param named whether both were set in the particulars (else at least one is the
 * statutory description, e.g. {@code 上一级人民政府})
 */
public record RemedyOrgans(String reviewBody, String court, boolean named) {

	/**
	 * The organs for an agency: its particulars' if set; else the 复议机关 by 《行政复议法》第二十四条 —
	 * for a 人民政府 itself the 上一级人民政府, for a 部门, 乡镇 or 街道 the government above it
	 * ({@code parentName}) — and the court by 《行政诉讼法》第十四条、第十五条 (a case against a
	 * 县级以上地方人民政府 goes to the 中级人民法院).
	 * @param parentName the printed name of the agency above, or null at the top
	 */
	static RemedyOrgans of(AgencyParticulars particulars, String parentName) {
		String review = particulars.reviewBody();
		String court = particulars.court();
		boolean named = !blank(review) && !blank(court);
		if (blank(review)) {
			review = particulars.kind() == AgencyKind.GOVERNMENT || parentName == null ? "上一级人民政府" : parentName;
		}
		if (blank(court)) {
			court = particulars.kind() == AgencyKind.GOVERNMENT ? "有管辖权的中级人民法院" : "有管辖权的人民法院";
		}
		return new RemedyOrgans(review, court, named);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
