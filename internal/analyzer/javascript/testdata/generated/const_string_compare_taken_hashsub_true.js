// generated case (gen_cases_js): category=domxss expected=true shape=const_string_compare_taken src=hashsub
const MODE = "development";
if (MODE === "development") {
  document.getElementById("debug").innerHTML = location.hash.substring(1); // want: JS-DOM-XSS
}
