package org.gongkai.disclosure.notifications;

/**
 * Sends one text message. The run command uses {@link LoggingSmsGateway}; a deployment
 * provides its operator's gateway (e.g. a 短信服务 API with a registered 签名 and 模板) as a bean
 * of this type, which replaces the logging one (docs/notifications.md).
 */
public interface SmsGateway {

	/**
	 * Sends {@code text} to {@code phone}; returns normally only when the gateway
	 * accepted it.
	 * @throws RuntimeException when it was not accepted (the worker retries later)
	 */
	void send(String phone, String text, String idempotencyKey);

}
