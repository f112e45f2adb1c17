package org.gongkai.disclosure;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Gongkai: 政府信息公开申请 from filing to the annual report. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongkaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(GongkaiApplication.class, args);
	}

	/** The one source of "now", so that tests can fix the date a clock is read on. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
