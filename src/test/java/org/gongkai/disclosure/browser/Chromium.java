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
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.ViewportSize;
import org.gongkai.disclosure.accounts.SecondFactorCodes;

/**
 * A real headless Chromium (Debian's {@code chromium} package, never a browser downloaded
 * by Playwright) driven by Playwright for Java. Every page state a journey reaches is
 * checked with axe-core (WCAG 2.1 A and AA), checked for what axe does not see (a skip
 * link that leads to the page's main content; no page wider than a 390 px phone) and
 * photographed at 1280 px and 390 px into {@code target/browser-screenshots}, which
 * {@code .ci/run} keeps as the build's artefacts.
 */
final class Chromium implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	/** axe-core from the npm registry (package.json), installed by {@code npm ci}. */
	static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

	private static final String CHROMIUM = System.getProperty("gongkai.chromium", "/usr/bin/chromium");

	static final int PHONE = 390;

	/** The skip link's target, or what it points at when that does not exist. */
	private static final String SKIP_TARGET = """
			() => {
			  const skip = document.querySelector('a.skip');
			  if (!skip) return 'none';
			  return document.getElementById(skip.hash.slice(1)) ? 'ok' : skip.getAttribute('href');
			}""";

	/**
	 * The outermost elements that stick out on the right of the viewport: what makes a
	 * page wider than the phone.
	 */
	private static final String WIDEST = """
			() => {
			  const out = e => e.getBoundingClientRect().right > innerWidth + 0.5;
			  const scrolled = e => {
			    for (let p = e.parentElement; p; p = p.parentElement) {
			      if (getComputedStyle(p).overflowX !== 'visible') return true;
			    }
			    return false;
			  };
			  return [...document.querySelectorAll('body *')]
			  .filter(e => out(e) && !out(e.parentElement) && !scrolled(e))
			  .slice(0, 5)
			  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
			    + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
			}""";

	/** What has the keyboard focus, and how it shows. */
	private static final String FOCUSED = """
			() => {
			  const e = document.activeElement;
			  const s = getComputedStyle(e);
			  const r = e.getBoundingClientRect();
			  return { element: e.tagName.toLowerCase()
			      + (typeof e.className === 'string' && e.className ? '.' + e.className : ''),
			    href: e.getAttribute('href') || '', text: (e.innerText || e.value || '').trim(),
			    inMain: !!e.closest('main'),
			    onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
			      && r.left < innerWidth && r.top < innerHeight,
			    outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
			    boxShadow: s.boxShadow };
			}""";

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
		return session(true);
	}

	/**
	 * A fresh browser session whose pages run no script: what a page offers without
	 * JavaScript (axe, which needs it, is not run: {@link Session#check} is for the other
	 * sessions).
	 */
	Session sessionWithoutJavaScript() {
		return session(false);
	}

	private Session session(boolean javaScript) {
		BrowserContext context = chromium.newContext(new NewContextOptions().setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai")
			.setViewportSize(1280, 900)
			.setJavaScriptEnabled(javaScript)
			.setAcceptDownloads(true));
		context.setDefaultTimeout(15_000);
		// a page with its diagram or a PDF behind it loads slowly on a busy build machine
		context.setDefaultNavigationTimeout(60_000);
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
			// by name, not label: the same in either language the session has chosen
			page.locator("main input[name=username]").fill(username);
			page.locator("main input[name=password]").fill(password);
			page.locator("main button[type=submit]").click();
			page.waitForLoadState();
			if (page.url().contains("/login/enrol")) {
				check("login-enrol");
				String secret = page.locator("#secret").innerText().strip();
				secrets.put(username, secret);
				page.getByLabel("验证码").fill(SecondFactorCodes.at(secret, clock.instant()));
				page.locator("main button[type=submit]").click();
				page.waitForLoadState();
				check("second-factor-recovery-codes");
				open("/");
			}
			else if (page.url().contains("/login/code")) {
				check("login-code");
				page.getByLabel("验证码").fill(SecondFactorCodes.at(secrets.get(username), clock.instant()));
				page.locator("main button[type=submit]").click();
				page.waitForLoadState();
			}
			return this;
		}

		/**
		 * Checks the page as it is now with axe-core and for a skip link that leads
		 * somewhere, and keeps two screenshots named after {@code state} (the phone's
		 * also checking that the page is no wider than the phone).
		 */
		@SuppressWarnings("unchecked")
		Session check(String state) {
			page.waitForLoadState();
			String skip = (String) page.evaluate(SKIP_TARGET);
			if (!skip.equals("ok") && !skip.equals("none")) {
				violations.add(state + ": the skip link leads nowhere (no element with id " + skip + ")");
			}
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

		/**
		 * Keeps the screenshots; the phone's is taken once the page has settled to the
		 * phone's width (charts follow the width a frame or two after the resize), and a
		 * page still wider than the phone then is a violation.
		 */
		@SuppressWarnings("unchecked")
		private void screenshot(String state) {
			String name = state.replaceAll("[^A-Za-z0-9._-]", "-");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-1280.png")).setFullPage(true));
			ViewportSize wide = page.viewportSize();
			page.setViewportSize(PHONE, 844);
			try {
				page.waitForFunction("width => document.documentElement.scrollWidth <= width", PHONE,
						new Page.WaitForFunctionOptions().setTimeout(3_000));
			}
			catch (TimeoutError tooWide) {
				violations.add(state + ": " + width() + " px wide on a " + PHONE + " px phone, because of "
						+ (List<String>) page.evaluate(WIDEST));
			}
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-390.png")).setFullPage(true));
			page.setViewportSize(wide.width, wide.height);
		}

		/** The page's width: wider than the viewport means a horizontal scroll bar. */
		int width() {
			return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		}

		/**
		 * Presses Tab and says what took the focus: the keyboard user's view of the page,
		 * which axe does not check.
		 */
		Focus tab() {
			page.keyboard().press("Tab");
			return focused();
		}

		@SuppressWarnings("unchecked")
		Focus focused() {
			Map<String, Object> f = (Map<String, Object>) page.evaluate(FOCUSED);
			return new Focus((String) f.get("element"), (String) f.get("href"), (String) f.get("text"),
					(Boolean) f.get("inMain"), (Boolean) f.get("onScreen"), ((Number) f.get("outline")).doubleValue(),
					(String) f.get("boxShadow"));
		}

		@Override
		public void close() {
			context.close();
		}

	}

	/**
	 * The element with the keyboard focus: what it is, whether it is on the screen, and
	 * its focus indicator (computed outline width and box shadow).
	 */
	record Focus(String element, String href, String text, boolean inMain, boolean onScreen, double outline,
			String boxShadow) {

		/** A focus indicator a sighted keyboard user can see (WCAG 2.4.7). */
		boolean visible() {
			return onScreen && (outline >= 2 || !"none".equals(boxShadow));
		}

	}

}
