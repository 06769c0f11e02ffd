// Runs before the page paints: apply the reader's saved light/dark choice (if any).
(function () {
  try {
    var saved = localStorage.getItem('mathforml-theme');
    if (saved === 'dark' || saved === 'light') {
      document.documentElement.setAttribute('data-theme', saved);
    }
  } catch (e) {
    // storage can be off (private mode); the system preference still applies
  }
})();
