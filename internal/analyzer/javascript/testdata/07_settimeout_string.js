// DOM XSS: setTimeout with a string built from the query string
const cb = new URLSearchParams(location.search).get("callback") || "init";
setTimeout(cb + "()", 100); // want: JS-DOM-XSS
