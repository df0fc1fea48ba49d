// generated case (gen_cases_js): category=domxss expected=false shape=const_false_if src=hashsub
const DEBUG = false;
if (DEBUG) {
  document.getElementById("debug").innerHTML = location.hash.substring(1);
}
