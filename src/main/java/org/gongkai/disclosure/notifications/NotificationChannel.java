package org.gongkai.disclosure.notifications;

/**
 * Where a message goes. {@link #IN_SYSTEM} is the recipient's notification list in
 * Gongkai: always written, delivered by being written.
 */
public enum NotificationChannel {

	IN_SYSTEM("站内通知"), EMAIL("电子邮件"), SMS("短信");

	private final String label;

	NotificationChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
