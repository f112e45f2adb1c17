package org.gongkai.disclosure.serving;

/** How a document was served. */
public enum ServiceMethod {

	/**
	 * In the system: the addressee's own case page. Received when the addressee opens it
	 * there.
	 */
	IN_SYSTEM("系统内送达"),
	/** By e-mail. */
	EMAIL("电子邮件"),
	/** By a link in a text message. */
	SMS_LINK("短信链接"),
	/** By post, with its tracking number (挂号信、EMS). */
	POST("邮寄"),
	/** Handed over in person, signed for. */
	IN_PERSON("当面送达（签收）"),
	/** Any other way, described in the proof. */
	OTHER("其他方式");

	private final String label;

	ServiceMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
