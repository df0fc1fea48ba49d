// generated case (gen_cases_js): category=domxss expected=true shape=settimeout_closure_innerhtml src=wname
const v = window.name;
setTimeout(() => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
}, 100);
