// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_direct src=hash
const out = document.getElementById("out");
out.innerHTML = location.hash; // want: JS-DOM-XSS
