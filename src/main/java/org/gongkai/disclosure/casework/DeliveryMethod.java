package org.gongkai.disclosure.casework;

/**
 * How the applicant wants to receive the reply and the information (条例 art 29(三):
 * 获取信息的方式、途径).
 */
public enum DeliveryMethod {

	ONLINE("网上获取"), POST("邮寄"), EMAIL("电子邮件"), PICK_UP("当面领取");

	private final String label;

	DeliveryMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
