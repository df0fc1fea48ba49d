// generated case (gen_cases_js): category=domxss expected=false shape=const_string_compare src=docurl
const MODE = "production";
if (MODE === "development") {
  document.getElementById("debug").innerHTML = document.URL;
}
