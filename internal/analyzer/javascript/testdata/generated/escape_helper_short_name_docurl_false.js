// generated case (gen_cases_js): category=domxss expected=false shape=escape_helper_short_name src=docurl
function h(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
document.getElementById("out").innerHTML = "<span>" + h(document.URL) + "</span>";
