// generated case (gen_cases_js): category=domxss expected=true shape=hoisted_fn_reads_later_global src=referrer
function paint() {
  document.getElementById("out").innerHTML = value; // want: JS-DOM-XSS
}
const value = document.referrer;
paint();
