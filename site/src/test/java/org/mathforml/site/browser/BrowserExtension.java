package org.mathforml.site.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 support for reader-level browser tests.
 *
 * <ul>
 *   <li>Before all tests of a class: launches one {@link TestBrowser} (Debian Chromium, headless).
 *       A missing Chromium fails every test of the class with a message saying what to do; with
 *       {@code -DskipBrowserTests=true} the class is skipped instead.
 *   <li>Per test: parameters of type {@link TestBrowser}, {@link BrowserSession}, {@link Page},
 *       {@link PageProbe} or {@link BrowserContext} are injected. The last four all belong to one
 *       fresh desktop / light-mode session per test, created on first use and closed after the
 *       test. Open more sessions (phone, dark) with {@link TestBrowser#newSession(Device,
 *       com.microsoft.playwright.options.ColorScheme)} and close them yourself.
 *   <li>When a test that used the injected session fails, a screenshot of its page is kept as
 *       {@code target/screenshots/FAILED-<TestClass>-<method>.png}.
 * </ul>
 *
 * <p>Most tests use {@link BrowserTest} rather than this class directly.
 */
public final class BrowserExtension
    implements ExecutionCondition,
        BeforeAllCallback,
        AfterAllCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);
  private static final Set<Class<?>> SESSION_TYPES =
      Set.of(BrowserSession.class, Page.class, PageProbe.class, BrowserContext.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return TestBrowser.skipRequested()
        ? ConditionEvaluationResult.disabled(
            "Browser tests skipped (-D" + TestBrowser.SKIP_PROPERTY + "=true)")
        : ConditionEvaluationResult.enabled("Browser tests enabled");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get(TestBrowser.class) == null) { // an enclosing @Nested class may have one
      store.put(TestBrowser.class, TestBrowser.launch());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestBrowser browser = context.getStore(NAMESPACE).remove(TestBrowser.class, TestBrowser.class);
    if (browser != null) {
      browser.close();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    BrowserSession session =
        context.getStore(NAMESPACE).remove(BrowserSession.class, BrowserSession.class);
    if (session == null) {
      return;
    }
    try {
      if (context.getExecutionException().isPresent() && !session.page().isClosed()) {
        String name =
            "FAILED-"
                + context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName();
        Screenshots.take(session.page(), name);
      }
    } finally {
      session.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestBrowser.class || SESSION_TYPES.contains(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    TestBrowser browser = context.getStore(NAMESPACE).get(TestBrowser.class, TestBrowser.class);
    if (browser == null) {
      throw new ParameterResolutionException(
          "No browser yet: inject browser types into test or @BeforeEach methods, not constructors"
              + " or @BeforeAll methods");
    }
    if (type == TestBrowser.class) {
      return browser;
    }
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    BrowserSession session = store.get(BrowserSession.class, BrowserSession.class);
    if (session == null) {
      session = browser.newSession();
      store.put(BrowserSession.class, session);
    }
    if (type == Page.class) {
      return session.page();
    }
    if (type == PageProbe.class) {
      return session.probe();
    }
    if (type == BrowserContext.class) {
      return session.context();
    }
    return session;
  }
}
