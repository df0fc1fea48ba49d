// generated case (gen_cases_js): category=domxss expected=true shape=const_true_if src=wname
const DEBUG = true;
if (DEBUG) {
  document.getElementById("debug").innerHTML = window.name; // want: JS-DOM-XSS
}
