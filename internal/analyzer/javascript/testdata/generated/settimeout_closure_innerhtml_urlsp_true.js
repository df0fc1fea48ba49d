// generated case (gen_cases_js): category=domxss expected=true shape=settimeout_closure_innerhtml src=urlsp
const v = new URL(location.href).searchParams.get("q");
setTimeout(() => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
}, 100);
