// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_direct src=usp
const out = document.getElementById("out");
out.innerHTML = new URLSearchParams(location.search).get("q"); // want: JS-DOM-XSS
