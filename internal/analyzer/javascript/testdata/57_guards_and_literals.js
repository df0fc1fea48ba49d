// DOM XSS: constant short-circuits, anchored matches (only \d, \w and punctuation escapes), typeof checks of object fields, and JSON text in eval
const ENABLE_PREVIEW = false;
const ALWAYS = true;
ENABLE_PREVIEW && (document.getElementById("a").innerHTML = location.hash);
ALWAYS || (document.getElementById("b").innerHTML = location.hash);
ALWAYS && (document.getElementById("c").innerHTML = location.hash); // want: JS-DOM-XSS

const m = document.URL.match(/^(\d+)$/);
if (m) {
  document.getElementById("d").innerHTML = "<b>" + m[1] + "</b>";
}
const loose = document.URL.match(/(\d+)/);
if (loose) {
  document.getElementById("e").innerHTML = "<b>" + loose.input + "</b>"; // want: JS-DOM-XSS
}

function show() {
  const state = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  if (typeof state.count !== "number") return;
  document.getElementById("f").innerHTML = "<b>" + state.count + "</b>";
  document.getElementById("g").innerHTML = "<b>" + state.label + "</b>"; // want: JS-DOM-XSS
}
show();

const q = decodeURIComponent(location.search.substring(1));
// a JSON string literal closes an enclosing quoted literal: still code
eval("run('" + JSON.stringify(q) + "')"); // want: JS-DOM-XSS
eval(JSON.parse(JSON.stringify(q))); // want: JS-DOM-XSS
document.getElementById("h").innerHTML = JSON.stringify(q); // want: JS-DOM-XSS
const hexy = location.hash.match(/^#[\w\x3c\x3e]+$/);
if (hexy) {
  document.getElementById("i").innerHTML = hexy[0]; // want: JS-DOM-XSS
}
