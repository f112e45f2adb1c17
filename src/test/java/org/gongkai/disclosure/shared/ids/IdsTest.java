package org.gongkai.disclosure.shared.ids;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agency and appeal ids: written as the UUID they wrap, read back from it (from a
 * path variable or request parameter through {@link IdConverters}, and from JSON), and in
 * JSON the same plain UUID string a bare UUID was.
 */
class IdsTest {

	private static final String TEXT = "3f1c8a52-9d7e-4b60-a2f4-0c5e6d7b8a91";

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void anIdIsWrittenAndReadAsItsUuid() {
		assertThat(AgencyId.of(TEXT).value()).isEqualTo(UUID.fromString(TEXT));
		assertThat(AgencyId.of(TEXT)).hasToString(TEXT).isEqualTo(new AgencyId(UUID.fromString(TEXT)));
		assertThat(AppealId.of(TEXT).value()).isEqualTo(UUID.fromString(TEXT));
		assertThat(AppealId.of(TEXT)).hasToString(TEXT).isEqualTo(new AppealId(UUID.fromString(TEXT)));
		assertThat(AgencyId.random()).isNotEqualTo(AgencyId.random());
		assertThat(AppealId.random()).isNotEqualTo(AppealId.random());
	}

	@Test
	void noIdWithoutAUuid() {
		assertThatThrownBy(() -> new AgencyId(null)).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> new AppealId(null)).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> AgencyId.of("DEMO-XQ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AppealId.of("1")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void pathVariablesAndParametersBecomeIdsAsAUuidWould() {
		DefaultFormattingConversionService web = new DefaultFormattingConversionService();
		web.addConverter(new IdConverters.ToCaseId());
		web.addConverter(new IdConverters.ToAgencyId());
		web.addConverter(new IdConverters.ToAppealId());
		assertThat(web.convert(" " + TEXT + " ", AgencyId.class)).isEqualTo(AgencyId.of(TEXT));
		assertThat(web.convert(TEXT, AppealId.class)).isEqualTo(AppealId.of(TEXT));
		assertThat(web.convert(TEXT, CaseId.class)).isEqualTo(CaseId.of(TEXT));
		assertThat(new IdConverters.ToAgencyId().convert(" ")).isNull();
		assertThat(new IdConverters.ToAppealId().convert("")).isNull();
		assertThatThrownBy(() -> web.convert("not-an-id", AppealId.class)).isInstanceOf(ConversionFailedException.class)
			.hasRootCauseInstanceOf(IllegalArgumentException.class);
	}

	record Body(AgencyId agency, AppealId appeal, AppealId none) {
	}

	@Test
	void inJsonAnIdIsThePlainUuidString() throws JsonProcessingException {
		Body body = new Body(AgencyId.of(TEXT), AppealId.of(TEXT), null);
		String written = json.writeValueAsString(body);
		assertThat(written).isEqualTo("{\"agency\":\"" + TEXT + "\",\"appeal\":\"" + TEXT + "\",\"none\":null}");
		assertThat(json.writeValueAsString(new Object[] { UUID.fromString(TEXT) }))
			.isEqualTo(json.writeValueAsString(new Object[] { AgencyId.of(TEXT) }));
		assertThat(json.readValue(written, Body.class)).isEqualTo(body);
	}

}
