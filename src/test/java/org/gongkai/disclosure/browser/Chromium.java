package org.gongkai.disclosure.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;
import org.gongkai.disclosure.accounts.SecondFactorCodes;

/**
 * A real headless Chromium (Debian's {@code chromium} package, never a browser downloaded
 * by Playwright) driven by Playwright for Java. Every page state a journey reaches is
 * checked with axe-core (WCAG 2.1 A and AA) and photographed at 1280 px and 390 px into
 * {@code target/browser-screenshots}, the build artefact CI keeps.
 */
final class Chromium implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	/** axe-core from the npm registry (package.json), installed by {@code npm ci}. */
	static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

	private static final String CHROMIUM = System.getProperty("gongkai.chromium", "/usr/bin/chromium");

	private final Playwright playwright;

	private final Browser chromium;

	private final String axe;

	private final String baseUrl;

	private final List<String> violations = new ArrayList<>();

	/** The authenticator secrets enrolled so far, by username. */
	private final Map<String, String> secrets = new ConcurrentHashMap<>();

	/** The application's clock: second-factor codes are checked against it. */
	private final Clock clock;

	Chromium(String baseUrl, Clock clock) throws IOException {
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.axe = Files.readString(AXE);
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = playwright.chromium()
			.launch(new LaunchOptions().setExecutablePath(Path.of(CHROMIUM))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		Files.createDirectories(SCREENSHOTS);
	}

	/** A fresh browser session (its own cookies) for one person. */
	Session session() {
		BrowserContext context = chromium.newContext(new NewContextOptions().setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai")
			.setViewportSize(1280, 900)
			.setAcceptDownloads(true));
		context.setDefaultTimeout(15_000);
		return new Session(context, context.newPage());
	}

	/**
	 * Every axe violation found so far, one line each: the page state, the rule, the
	 * nodes.
	 */
	List<String> violations() {
		return List.copyOf(violations);
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

	final class Session implements AutoCloseable {

		private final BrowserContext context;

		final Page page;

		private Session(BrowserContext context, Page page) {
			this.context = context;
			this.page = page;
			page.onPageError(error -> violations.add("JavaScript error on " + page.url() + ": " + error));
		}

		Session open(String path) {
			page.navigate(baseUrl + path);
			return this;
		}

		/**
		 * Signs in; a role that must use a second factor (head of office, administrator)
		 * enrols an authenticator on its first sign-in and gives its code after that.
		 */
		Session signIn(String username, String password) {
			open("/login");
			page.getByLabel("用户名").fill(username);
			page.getByLabel("密码").fill(password);
			page.locator("main button[type=submit]").click();
			page.waitForLoadState();
			if (page.url().contains("/login/enrol")) {
				String secret = page.locator("#secret").innerText().strip();
				secrets.put(username, secret);
				page.getByLabel("验证码").fill(SecondFactorCodes.at(secret, clock.instant()));
				page.locator("main button[type=submit]").click();
				page.waitForLoadState();
				check("second-factor-recovery-codes");
				open("/");
			}
			else if (page.url().contains("/login/code")) {
				page.getByLabel("验证码").fill(SecondFactorCodes.at(secrets.get(username), clock.instant()));
				page.locator("main button[type=submit]").click();
				page.waitForLoadState();
			}
			return this;
		}

		/**
		 * Checks the page as it is now with axe-core and keeps two screenshots named
		 * after {@code state}.
		 */
		@SuppressWarnings("unchecked")
		Session check(String state) {
			page.waitForLoadState();
			// evaluated through the DevTools protocol, so the pages' strict
			// Content-Security-Policy stays on
			page.evaluate(axe);
			Map<String, Object> result = (Map<String, Object>) page.evaluate("""
					async () => {
					  const r = await axe.run(document, { runOnly: { type: 'tag',
					      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
					  return { violations: r.violations.map(v => ({ id: v.id, impact: v.impact,
					      help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })) };
					}""");
			for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
				violations.add(state + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " at "
						+ v.get("nodes"));
			}
			screenshot(state);
			return this;
		}

		private void screenshot(String state) {
			String name = state.replaceAll("[^A-Za-z0-9._-]", "-");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-1280.png")).setFullPage(true));
			ViewportSize wide = page.viewportSize();
			page.setViewportSize(390, 844);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-390.png")).setFullPage(true));
			page.setViewportSize(wide.width, wide.height);
		}

		@Override
		public void close() {
			context.close();
		}

	}

}
