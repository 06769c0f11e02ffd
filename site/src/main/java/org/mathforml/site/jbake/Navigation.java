package org.mathforml.site.jbake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

/**
 * The course > week > page tree and the reading order, built from what JBake parsed. Pages are
 * plain maps of strings so templates cannot reach any Java object.
 */
final class Navigation {
  /** The page types listed inside a week, in the navigation and on the week page. */
  private static final List<String> IN_WEEK = List.of("lesson", "lab", "quiz");

  private final List<Map<String, Object>> courses = new ArrayList<>();
  private final List<Map<String, Object>> readingOrder = new ArrayList<>();

  Navigation(ContentStore db) {
    List<DocumentModel> all = new ArrayList<>();
    for (String type : List.of("course", "week", "lesson", "lab", "quiz")) {
      all.addAll(db.getPublishedContent(type));
    }
    for (DocumentModel c : sorted(all, "course")) {
      Map<String, Object> course = page(c);
      List<Map<String, Object>> weeks = new ArrayList<>();
      readingOrder.add(course);
      for (DocumentModel w : sorted(all, "week")) {
        if (!same(w, c, "course")) {
          continue;
        }
        Map<String, Object> week = page(w);
        List<Map<String, Object>> pages = new ArrayList<>();
        readingOrder.add(week);
        for (DocumentModel p : all) {
          boolean inWeek = same(p, w, "course") && same(p, w, "week");
          if (inWeek && IN_WEEK.contains(p.getType())) {
            pages.add(page(p));
          }
        }
        pages.sort(Comparator.comparingInt(m -> number(m.get("order"))));
        readingOrder.addAll(pages);
        week.put("pages", pages);
        weeks.add(week);
      }
      course.put("weeks", weeks);
      courses.add(course);
    }
  }

  List<Map<String, Object>> courses() {
    return courses;
  }

  /** Previous, next, and the breadcrumb trail for the page at {@code uri}. */
  Map<String, Object> around(String uri) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < readingOrder.size(); i++) {
      Map<String, Object> p = readingOrder.get(i);
      if (p.get("uri").equals(uri)) {
        if (i > 0) {
          out.put("previous", readingOrder.get(i - 1));
        }
        if (i + 1 < readingOrder.size()) {
          out.put("next", readingOrder.get(i + 1));
        }
        out.put("crumbs", crumbs(p));
      }
    }
    return out;
  }

  private List<Map<String, Object>> crumbs(Map<String, Object> page) {
    List<Map<String, Object>> trail = new ArrayList<>();
    for (Map<String, Object> p : readingOrder) {
      boolean course = p.get("type").equals("course") && p.get("course").equals(page.get("course"));
      boolean week =
          p.get("type").equals("week")
              && p.get("course").equals(page.get("course"))
              && p.get("week").equals(page.get("week"));
      if ((course || week) && p != page) {
        trail.add(p);
      }
    }
    return trail;
  }

  private static List<DocumentModel> sorted(List<DocumentModel> all, String type) {
    List<DocumentModel> out = new ArrayList<>();
    for (DocumentModel d : all) {
      if (d.getType().equals(type)) {
        out.add(d);
      }
    }
    out.sort(
        Comparator.comparingInt((DocumentModel d) -> number(d.get("order")))
            .thenComparingInt(d -> number(d.get("week"))));
    return out;
  }

  private static boolean same(DocumentModel a, DocumentModel b, String key) {
    return String.valueOf(a.get(key)).equals(String.valueOf(b.get(key)));
  }

  private static int number(Object value) {
    try {
      return Integer.parseInt(String.valueOf(value));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** The ids of the quizzes on a page, read from its rendered body, for progress badges. */
  static List<String> quizIds(String body) {
    List<String> ids = new ArrayList<>();
    String marker = "<section class=\"quiz\" id=\"";
    for (int at = body == null ? -1 : body.indexOf(marker);
        at >= 0;
        at = body.indexOf(marker, at + 1)) {
      int start = body.indexOf("data-quiz=\"", at) + "data-quiz=\"".length();
      ids.add(body.substring(start, body.indexOf('"', start)));
    }
    return ids;
  }

  private static Map<String, Object> page(DocumentModel d) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String key : List.of("title", "type", "course", "week", "order", "summary", "uri")) {
      m.put(key, d.get(key) == null ? "" : String.valueOf(d.get(key)));
    }
    m.put("quizzes", quizIds(d.getBody()));
    return m;
  }
}
