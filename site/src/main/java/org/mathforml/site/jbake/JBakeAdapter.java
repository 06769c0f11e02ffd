package org.mathforml.site.jbake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.mathforml.site.build.BuildSession;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The one place that talks to JBake: configure it, register our engines, bake, report errors. */
public final class JBakeAdapter {
  static {
    // orientdb 3.2 no longer creates the admin user JBake logs in with.
    System.setProperty("security.createDefaultUsers", "true");
    // OrientDB logs through java.util.logging; route it to logback, which keeps only errors.
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  private static final CourseMarkupEngine ENGINE = new CourseMarkupEngine();

  /** The page types and the template each uses. */
  private static final String[][] TEMPLATES = {
    {"course", "course.ftl"},
    {"week", "week.ftl"},
    {"lesson", "lesson.ftl"},
    {"lab", "lesson.ftl"},
    {"quiz", "lesson.ftl"},
    {"page", "page.ftl"}
  };

  private JBakeAdapter() {}

  /**
   * Bakes {@code projectRoot} (holding jbake.properties, content/ and templates/) into {@code
   * destination}; returns JBake's own errors (rendering, assets), author problems go to the
   * session.
   */
  public static synchronized List<String> bake(
      Path projectRoot, Path destination, BuildSession session) {
    ENGINE.use(session);
    Engines.register("md", ENGINE);
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(projectRoot.toFile(), destination.toFile(), true);
    for (String[] t : TEMPLATES) {
      config.setTemplateFileNameForDocType(t[0], t[1]);
    }
    config.setAssetFolder(projectRoot.resolve("templates/assets").toFile());
    Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
    utensils.setRenderer(
        new Renderer(
            utensils.getContentStore(),
            config,
            new LockedTemplates(utensils.getContentStore(), config, session.times())));
    Oven oven = new Oven(utensils);
    try {
      oven.bake();
    } finally {
      utensils.getContentStore().close();
      utensils.getContentStore().shutdown();
    }
    List<String> errors = new ArrayList<>();
    for (Throwable t : oven.getErrors()) {
      errors.add(describe(t));
    }
    return errors;
  }

  private static String describe(Throwable t) {
    StringBuilder text = new StringBuilder(String.valueOf(t.getMessage()));
    for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
      text.append("\n  caused by: ").append(c.getMessage());
    }
    return text.toString();
  }
}
