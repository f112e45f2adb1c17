package org.gongkai.disclosure.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the chainer and the checkpoints ({@link AuditChain}) on their schedules. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {

}
