package org.gongkai.disclosure;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: Chinese by default, whatever the browser asks for; English when chosen with
 * the header's switch, kept by a cookie; an unknown language is Chinese.
 */
@GongkaiIntegrationTest
class LanguagesWebIT {

	@Autowired
	MockMvc mvc;

	@Test
	void chineseByDefaultEvenForAnEnglishBrowser() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("可以申请什么")))
			.andExpect(content().string(containsString("href=\"?lang=en\"")));
	}

	@Test
	void englishWhenChosenAndKept() throws Exception {
		MvcResult chosen = mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("What you can ask for")))
			.andExpect(content().string(containsString("Published annual reports")))
			.andExpect(content().string(not(containsString("可以申请什么"))))
			.andReturn();
		Cookie kept = chosen.getResponse().getCookie("gongkai-lang");
		assertThat(kept).isNotNull();
		mvc.perform(get("/login").cookie(kept))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Forgot your password?")))
			.andExpect(content().string(containsString("<title>Sign in · Gongkai</title>")));
		mvc.perform(get("/login").cookie(kept).param("lang", "zh-CN"))
			.andExpect(content().string(containsString("忘记密码？")));
	}

	@Test
	void anUnknownLanguageIsChinese() throws Exception {
		mvc.perform(get("/login").param("lang", "xx-<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("忘记密码？")));
	}

}
