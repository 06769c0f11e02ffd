/*
 * mathforml-engine.js: starts a TeaVM program either as Wasm-GC or as JavaScript.
 *
 *   <html data-mathforml-engine="wasm">            opt in to Wasm (absent or "js": JavaScript)
 *   <script src="mathforml-engine.js" defer
 *           data-js="mathlib-smoke.js"                 classic TeaVM bundle that starts itself
 *           data-wasm="mathlib-smoke-wasm.js"          the .wasm embedded as base64 (EmbedWasm)
 *           data-wasm-key="mathlib-smoke"              its key in globalThis.mathformlWasm
 *           data-wasm-runtime="teavm-wasm-gc-runtime.js"></script>
 *
 * Paths are relative to this script. Wasm is used only if the page opted in AND the browser
 * validates a module with a GC type; any failure while loading it falls back to the JavaScript
 * bundle (console.warn, not an error). The engine that ran is recorded as
 * <html data-mathforml-engine-active="wasm|js">, and the reason for a fallback as
 * data-mathforml-engine-fallback. Only classic scripts are loaded, so this works
 * from file:// too. CSP: the Wasm path needs 'unsafe-eval' and 'wasm-unsafe-eval' (the TeaVM
 * runtime builds JS glue with new Function); the JavaScript path needs neither.
 */
(function (g) {
  "use strict";
  var script = document.currentScript;
  var root = document.documentElement;

  // (module (type (struct))): valid only where Wasm GC is implemented.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 95, 0]);

  function wasmGcSupported() {
    try {
      return typeof WebAssembly === "object" && WebAssembly.validate(GC_PROBE);
    } catch (e) {
      return false;
    }
  }

  function resolve(path) {
    return new URL(path, script.src).href;
  }

  function load(path) {
    return new Promise(function (ok, fail) {
      var s = document.createElement("script");
      s.src = resolve(path);
      s.onload = ok;
      s.onerror = function () {
        fail(new Error("could not load " + path));
      };
      document.head.appendChild(s);
    });
  }

  function decode(base64) {
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  function startJs() {
    root.setAttribute("data-mathforml-engine-active", "js");
    return load(script.getAttribute("data-js"));
  }

  function startWasm() {
    var key = script.getAttribute("data-wasm-key");
    return load(script.getAttribute("data-wasm-runtime"))
      .then(function () {
        return load(script.getAttribute("data-wasm"));
      })
      .then(function () {
        var base64 = g.mathformlWasm && g.mathformlWasm[key];
        if (!base64) {
          throw new Error("no embedded module " + key);
        }
        return g.TeaVM.wasmGC.load(decode(base64));
      })
      .then(function (teavm) {
        root.setAttribute("data-mathforml-engine-active", "wasm");
        teavm.exports.main([]);
      });
  }

  g.mathformlEngine = { wasmGcSupported: wasmGcSupported };
  var wanted = root.getAttribute("data-mathforml-engine");
  if (wanted === "wasm" && wasmGcSupported()) {
    startWasm().catch(function (e) {
      root.setAttribute("data-mathforml-engine-fallback", String(e && e.message));
      console.warn("mathforml: Wasm unavailable, using JavaScript: " + (e && e.message));
      return startJs();
    });
  } else {
    startJs();
  }
})(globalThis);
