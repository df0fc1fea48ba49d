// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_direct src=hashdec
const out = document.getElementById("out");
out.innerHTML = decodeURIComponent(location.hash.slice(1)); // want: JS-DOM-XSS
