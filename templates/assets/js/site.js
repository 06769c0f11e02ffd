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

// Quiz progress badges on week pages ("Best 6 of 8, 3 attempts"), read from what the quiz
// runtime saved (quiz.ui.Progress: attempts=A;best=B;total=T;correct=1,4,...), so these pages
// need not load the 65 KB quiz bundle. Quiz pages get the same text from the runtime itself.
(function () {
  function field(text, name) {
    var m = new RegExp('(?:^|;)' + name + '=([^;]*)').exec(text);
    return m ? m[1] : '';
  }
  function summary(text) {
    var number = function (name) {
      var n = field(text, name);
      return /^\d{1,9}$/.test(n) ? parseInt(n, 10) : 0;
    };
    var total = number('total');
    var attempts = number('attempts');
    if (!total || !attempts) return null;
    var seen = {};
    var right = 0;
    field(text, 'correct').split(',').forEach(function (s) {
      var q = /^\d{1,9}$/.test(s) ? parseInt(s, 10) : 0;
      if (q >= 1 && q <= total && !seen[q]) { seen[q] = true; right++; }
    });
    var best = Math.min(Math.max(number('best'), right), total);
    return 'Best ' + best + ' of ' + total + ', ' + attempts + (attempts === 1 ? ' attempt' : ' attempts');
  }
  var spans = document.querySelectorAll('[data-quiz-progress]');
  for (var i = 0; i < spans.length; i++) {
    var stored = null;
    try { stored = localStorage.getItem('mathforml.quiz.' + spans[i].getAttribute('data-quiz-progress')); } catch (e) { /* file:// may forbid storage */ }
    spans[i].textContent = (stored && summary(stored)) || 'Not started';
  }
})();
