// generated case (gen_cases_js): category=domxss expected=true shape=json_stringify_innerhtml src=referrer
const el = document.getElementById("debug");
el.innerHTML = "<pre>" + JSON.stringify({ q: document.referrer }) + "</pre>"; // want: JS-DOM-XSS
