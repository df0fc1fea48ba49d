// generated case (gen_cases_js): category=domxss expected=false shape=regex_guard_anchored src=storage
const q = localStorage.getItem("draft");
if (/^[a-z0-9_-]{1,32}$/i.test(q)) {
  document.getElementById("user").innerHTML = "<b>" + q + "</b>";
}
