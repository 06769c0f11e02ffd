// Shared by both backends (Node sidecar and GraalJS) so their output is identical.
// A fresh copy of the macros per formula keeps \gdef in one formula from leaking into the next.
function mathformlRender(tex, display, macrosJson) {
  return katex.renderToString(tex, {
    displayMode: display,
    macros: JSON.parse(macrosJson),
    output: 'htmlAndMathml',
    throwOnError: true,
    strict: 'ignore',
    trust: false
  });
}
function mathformlError(e) {
  var position = (e && typeof e.position === 'number') ? e.position : -1;
  return { position: position, message: String((e && e.message) || e) };
}
