package org.mathforml.site.jbake;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.mathforml.site.build.StageTimes;

/**
 * Freemarker, locked down: templates see plain maps of page data and the navigation, never a Java
 * object (no {@code ?new}, no {@code ?api}, no bean methods), and output is HTML-escaped unless a
 * template says {@code ?no_esc}.
 */
final class LockedTemplates extends DelegatingTemplateEngine {
  private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
  private final Configuration freemarker;
  private final StageTimes times;
  private Navigation navigation;

  LockedTemplates(ContentStore db, JBakeConfiguration config, StageTimes times) {
    super(db, config);
    this.times = times;
    this.freemarker = new Configuration(VERSION);
    try {
      freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputEncoding("UTF-8");
    freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
    freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    freemarker.setAPIBuiltinEnabled(false);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setFallbackOnNullLoopVariable(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
    wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    freemarker.setObjectWrapper(wrapper.build());
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer)
      throws RenderingException {
    long start = System.nanoTime();
    model.setConfig(config.asHashMap()); // the stock engine does this before delegating
    try {
      Template template = freemarker.getTemplate(templateName);
      template.process(new PageModel(model, navigation(), freemarker.getObjectWrapper()), writer);
    } catch (IOException | TemplateException e) {
      throw new RenderingException(e);
    } finally {
      times.add("templates", System.nanoTime() - start);
    }
  }

  private synchronized Navigation navigation() {
    if (navigation == null) {
      navigation = new Navigation(db); // every page is parsed before the first is rendered
    }
    return navigation;
  }

  /** What a template can see: content, config, nav, around. */
  private static final class PageModel implements TemplateHashModel {
    private final TemplateModel model;
    private final Navigation navigation;
    private final ObjectWrapper wrapper;

    PageModel(TemplateModel model, Navigation navigation, ObjectWrapper wrapper) {
      this.model = model;
      this.navigation = navigation;
      this.wrapper = wrapper;
    }

    @Override
    public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
      switch (key) {
        case "content":
          return wrapper.wrap(model.getContent());
        case "config":
          return wrapper.wrap(model.getConfig());
        case "nav":
          return wrapper.wrap(navigation.courses());
        case "around":
          DocumentModel content = model.getContent();
          Object uri = content == null ? null : content.get("uri");
          return wrapper.wrap(uri == null ? Map.of() : navigation.around(uri.toString()));
        default:
          return null;
      }
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }
}
