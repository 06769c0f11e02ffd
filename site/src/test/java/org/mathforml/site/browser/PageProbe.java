package org.mathforml.site.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebError;
import com.microsoft.playwright.WebSocketRoute;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opentest4j.AssertionFailedError;

/**
 * Watches every page of one browser context the way a strict reader would: it records console
 * errors, uncaught exceptions, failed requests, HTTP error responses, and every request that would
 * leave the machine.
 *
 * <p>"No request leaves the machine": any request (or WebSocket) whose URL is not on 127.0.0.1,
 * localhost or [::1] and not {@code file:}, {@code data:}, {@code blob:} or {@code about:} is
 * aborted through {@code context.route} before it is sent, and recorded in {@link
 * #blockedRequests()}. A blocked request is not listed again under {@link #failedRequests()}, but
 * Chromium may still log its own "Failed to load resource" console error for it.
 *
 * <p>Events arrive while the test thread is inside a Playwright call, so read the lists after the
 * page has settled (for example after {@code navigate}, which waits for {@code load}).
 */
public final class PageProbe {
  private static final Set<String> LOCAL_SCHEMES = Set.of("file", "data", "blob", "about");
  private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss");
  private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
  private final List<String> pageErrors = new CopyOnWriteArrayList<>();
  private final List<String> failedRequests = new CopyOnWriteArrayList<>();
  private final List<String> httpErrors = new CopyOnWriteArrayList<>();
  private final List<String> blockedRequests = new CopyOnWriteArrayList<>();
  private final Set<String> blockedUrls = ConcurrentHashMap.newKeySet();

  private PageProbe() {}

  /**
   * Installs the probe on {@code context}: call it before opening pages. Off-machine requests of
   * every page and worker in the context are aborted from then on.
   */
  public static PageProbe attach(BrowserContext context) {
    PageProbe probe = new PageProbe();
    context.route(url -> !isLocal(url), probe::block);
    context.routeWebSocket(url -> !isLocal(url), probe::blockWebSocket);
    context.onConsoleMessage(probe::console);
    context.onWebError(probe::webError);
    context.onRequestFailed(probe::requestFailed);
    context.onResponse(probe::response);
    context.onPage(page -> page.onCrash(p -> probe.pageErrors.add("page crashed: " + p.url())));
    return probe;
  }

  /**
   * True for URLs that stay on this machine: {@code file:}, {@code data:}, {@code blob:}, {@code
   * about:} and http(s)/ws(s) on a loopback host. Anything unparsable counts as leaving.
   */
  public static boolean isLocal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (LOCAL_SCHEMES.contains(scheme)) {
      return true;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return NETWORK_SCHEMES.contains(scheme) && LOCAL_HOSTS.contains(host);
  }

  private void block(Route route) {
    Request request = route.request();
    blockedUrls.add(request.url());
    blockedRequests.add(
        request.method() + " " + request.url() + " (" + request.resourceType() + ")");
    route.abort("blockedbyclient");
  }

  private void blockWebSocket(WebSocketRoute ws) {
    blockedUrls.add(ws.url());
    blockedRequests.add("WEBSOCKET " + ws.url());
    ws.close(new WebSocketRoute.CloseOptions().setCode(1008).setReason("blocked by PageProbe"));
  }

  private void console(ConsoleMessage message) {
    if ("error".equals(message.type())) {
      consoleErrors.add(message.text() + " [at " + message.location() + "]");
    }
  }

  private void webError(WebError error) {
    String where = error.page() == null ? "" : " [on " + error.page().url() + "]";
    pageErrors.add(error.error() + where);
  }

  private void requestFailed(Request request) {
    if (!blockedUrls.contains(request.url())) {
      failedRequests.add(request.method() + " " + request.url() + ": " + request.failure());
    }
  }

  private void response(Response response) {
    if (response.status() >= 400) {
      httpErrors.add(response.status() + " " + response.request().method() + " " + response.url());
    }
  }

  /** Console messages of type {@code error}, with their location. */
  public List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  /** Uncaught exceptions ({@code pageerror}) and page crashes. */
  public List<String> pageErrors() {
    return List.copyOf(pageErrors);
  }

  /** Requests that failed on the network level (not counting blocked ones). */
  public List<String> failedRequests() {
    return List.copyOf(failedRequests);
  }

  /** Responses with status 400 or higher, e.g. {@code 404 GET http://127.0.0.1:.../x.css}. */
  public List<String> httpErrors() {
    return List.copyOf(httpErrors);
  }

  /** Requests that tried to leave the machine and were aborted. */
  public List<String> blockedRequests() {
    return List.copyOf(blockedRequests);
  }

  /** All findings, each prefixed with its kind; empty when the pages behaved. */
  public List<String> problems() {
    List<String> all = new ArrayList<>();
    blockedRequests.forEach(s -> all.add("request leaving the machine: " + s));
    pageErrors.forEach(s -> all.add("uncaught error: " + s));
    consoleErrors.forEach(s -> all.add("console error: " + s));
    failedRequests.forEach(s -> all.add("failed request: " + s));
    httpErrors.forEach(s -> all.add("http error: " + s));
    return Collections.unmodifiableList(all);
  }

  /** Forgets everything recorded so far (e.g. after a step that is expected to be noisy). */
  public void clear() {
    consoleErrors.clear();
    pageErrors.clear();
    failedRequests.clear();
    httpErrors.clear();
    blockedRequests.clear();
    blockedUrls.clear();
  }

  /** Fails, listing every finding, unless nothing was recorded. */
  public void assertClean() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(
          problems.size()
              + " problem(s) seen in the browser:\n  - "
              + String.join("\n  - ", problems));
    }
  }
}
