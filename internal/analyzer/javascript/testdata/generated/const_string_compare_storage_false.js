// generated case (gen_cases_js): category=domxss expected=false shape=const_string_compare src=storage
const MODE = "production";
if (MODE === "development") {
  document.getElementById("debug").innerHTML = localStorage.getItem("draft");
}
