// Dark mode toggle (persists) and the navigation drawer on small screens.
(function () {
  var root = document.documentElement;
  var toggle = document.getElementById('theme-toggle');

  function isDark() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) return chosen === 'dark';
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  function show() {
    var dark = isDark();
    toggle.setAttribute('aria-pressed', dark ? 'true' : 'false');
  }

  if (toggle) {
    show();
    toggle.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('mathforml-theme', next); } catch (e) { /* not saved */ }
      show();
    });
    if (window.matchMedia) {
      var query = window.matchMedia('(prefers-color-scheme: dark)');
      if (query.addEventListener) query.addEventListener('change', show);
    }
  }

  var navToggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('site-nav');
  if (navToggle && nav) {
    navToggle.addEventListener('click', function () {
      var open = navToggle.getAttribute('aria-expanded') !== 'true';
      navToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      document.body.classList.toggle('nav-open', open);
      if (open) {
        var current = nav.querySelector('[aria-current]') || nav.querySelector('a');
        if (current) current.focus();
      }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && document.body.classList.contains('nav-open')) {
        navToggle.click();
        navToggle.focus();
      }
    });
  }
})();
