package org.mathforml.site.serve;

/** The script the dev server adds to every page: reload on rebuild, show build problems. */
final class LiveReloadScript {
  static final String TEXT =
      """
      (function () {
        var box = null;
        var source = new EventSource('/__livereload');
        source.addEventListener('reload', function () { location.reload(); });
        source.addEventListener('problems', function (e) {
          if (!box) {
            box = document.createElement('pre');
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;'
              + 'padding:1em;background:#fff0f0;color:#7a0000;border-top:3px solid #7a0000;z-index:1000;'
              + 'font:14px/1.4 monospace;white-space:pre-wrap';
            document.body.appendChild(box);
          }
          box.textContent = 'Build failed (the page shows the last good build):\\n' + e.data;
        });
      })();
      """;

  private LiveReloadScript() {}
}
