// generated case (gen_cases_js): category=domxss expected=false shape=escape_helper_short_name src=hashdec
function h(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
document.getElementById("out").innerHTML = "<span>" + h(decodeURIComponent(location.hash.slice(1))) + "</span>";
