package org.gongkai.disclosure.notifications;

/** What a message tells of. */
public enum NotificationKind {

	RECEIPT("收到申请"), CORRECTION_REQUESTED("补正告知"), FEE_NOTICE("收费通知"), EXTENSION("延期答复告知"),
	EXPLANATION_REQUESTED("说明理由告知"), REPLY_ISSUED("答复书已出具"), APPEAL_DECIDED("复议诉讼结果"), WINDOW_CLOSING("期限即将届满"),
	STAFF_DIGEST("每日待办摘要"), PASSWORD_RESET("重设密码验证码"),
	/** A request referred to the 个人信息保护法 route, and where to send it. */
	PIPL_REFERRED("个人信息查阅、复制请求的途径");

	private final String label;

	NotificationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
