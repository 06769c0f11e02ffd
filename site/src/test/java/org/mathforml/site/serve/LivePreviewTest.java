package org.mathforml.site.serve;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.build.BuildOptions;
import org.mathforml.site.build.FixtureProject;

/**
 * The contributor's loop: the preview page reloads itself after an edit, shows build problems
 * (file:line) in the page while keeping the last good build, and recovers after the fix. Prints the
 * edit-to-reload time as a figure; it asserts behaviour, not speed.
 */
@BrowserTest
class LivePreviewTest {

  @TempDir Path temp;

  @Test
  void pageReloadsAfterAnEditAndShowsProblemsInThePage(Page page, PageProbe probe)
      throws Exception {
    Path project = FixtureProject.create("good", temp.resolve("project"));
    Path week = project.resolve("content/demo/week.md");
    DevServer server =
        new DevServer(
            BuildOptions.forProject(project)
                .output(temp.resolve("site"))
                .katexCache(FixtureProject.katexCache()),
            0);
    server.start();
    try {
      page.navigate("http://127.0.0.1:" + server.port() + "/demo/week.html");
      assertThat(page.locator("main")).containsText("The week page.");

      long start = System.nanoTime();
      Files.writeString(
          week, Files.readString(week).replace("The week page.", "Edited week page."));
      assertThat(page.locator("main"))
          .containsText(
              "Edited week page.", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
      System.out.println(
          "live preview: edit -> reloaded page in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");

      Files.writeString(week, Files.readString(week) + "\nBroken $\\frac{1}{$ math.\n");
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
          .containsText(
              "content/demo/week.md:10: KaTeX parse error",
              new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
      assertThat(page.locator("main")).containsText("Edited week page.");

      Files.writeString(
          week,
          Files.readString(week)
              .replace("Broken $\\frac{1}{$ math.", "Fixed $\\frac{1}{2}$ math."));
      assertThat(page.locator("main"))
          .containsText("Fixed", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasCount(0);
      probe.assertClean();
    } finally {
      server.close();
    }
  }
}
