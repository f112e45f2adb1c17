package org.gongkai.disclosure.agencies;

/**
 * An agency's place in the organisation tree: the 本级人民政府 at the top, its 部门, 乡镇 and 街道
 * (each answering requests in its own name, 《条例》第十条), and the 下属部门 that take routed work.
 */
public enum AgencyKind {

	GOVERNMENT("本级人民政府"), DEPARTMENT("部门"), TOWN("乡镇"), SUBDISTRICT("街道"), SUBORDINATE("下属部门");

	private final String label;

	AgencyKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether an agency of this kind may sit directly below one of {@code parent}. */
	public boolean mayBeBelow(AgencyKind parent) {
		return switch (this) {
			case GOVERNMENT -> parent == null;
			case DEPARTMENT, TOWN, SUBDISTRICT -> parent == GOVERNMENT;
			case SUBORDINATE -> parent != null;
		};
	}

}
