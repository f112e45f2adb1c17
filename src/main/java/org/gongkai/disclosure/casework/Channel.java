package org.gongkai.disclosure.casework;

/**
 * How a request arrived (国办公开办函〔2017〕19号). The channel decides the receipt date under 条例
 * art 31: the day of submission, the day signed for, or the day both sides confirm.
 */
public enum Channel {

	ONLINE("互联网（在线申请）", "《条例》第三十一条第（三）项：以双方确认之日为收到申请之日，在线提交即时确认"), IN_PERSON("当面提交", "《条例》第三十一条第（一）项：以提交之日为收到申请之日"),
	REGISTERED_MAIL("邮寄（需签收）", "《条例》第三十一条第（二）项：以行政机关签收之日为收到申请之日"),
	ORDINARY_LETTER("平常信函", "《条例》第三十一条第（二）项：以与申请人确认之日为收到申请之日"), FAX("传真", "《条例》第三十一条第（三）项：以双方确认之日为收到申请之日"),
	EMAIL("电子邮件", "《条例》第三十一条第（三）项：以双方确认之日为收到申请之日"), ORAL("口头提出（代为填写）", "《条例》第二十九条第一款、第三十一条第（一）项：以提出之日为收到申请之日");

	private final String label;

	private final String receiptRule;

	Channel(String label, String receiptRule) {
		this.label = label;
		this.receiptRule = receiptRule;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether an offline request by this channel is received on the day it is handed in
	 * or spoken (条例 art 31 (1)); otherwise the office records the day it signed for it or
	 * confirmed it with the applicant.
	 */
	public boolean receivedOnSubmission() {
		return this == IN_PERSON || this == ORAL;
	}

	/** The legal basis of the receipt date for this channel. */
	public String receiptRule() {
		return receiptRule;
	}

}
