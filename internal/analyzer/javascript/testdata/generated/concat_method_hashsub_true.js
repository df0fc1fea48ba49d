// generated case (gen_cases_js): category=domxss expected=true shape=concat_method src=hashsub
const el = document.getElementById("out");
el.innerHTML = "<i>".concat(location.hash.substring(1), "</i>"); // want: JS-DOM-XSS
