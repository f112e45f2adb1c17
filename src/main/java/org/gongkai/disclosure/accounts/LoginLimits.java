package org.gongkai.disclosure.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard guessing passwords is made (等级保护 2.0 登录失败处理), without letting anyone lock
 * another person out: failures count per account <em>and</em> source address, so a
 * stranger's failures elsewhere never lock the owner out.
 *
 * @param attemptsPerMinute password checks one source address may cause per minute (form
 * login and HTTP Basic together); beyond that it is answered 429 before any password is
 * checked
 * @param failures failed logins to one account from one address within {@code window}
 * before that address must wait (a further one becomes possible every {@code window /
 * failures})
 * @param window see {@code failures}
 * @param failuresPerDay the back-off: failures to one account from one address per day,
 * after which it waits longer still
 */
@ConfigurationProperties("gongkai.security.login")
public record LoginLimits(@DefaultValue("30") int attemptsPerMinute, @DefaultValue("5") int failures,
		@DefaultValue("15m") Duration window, @DefaultValue("20") int failuresPerDay) {
}
