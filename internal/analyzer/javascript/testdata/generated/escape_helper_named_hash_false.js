// generated case (gen_cases_js): category=domxss expected=false shape=escape_helper_named src=hash
function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

document.getElementById("out").innerHTML = "<p>" + escapeHtml(location.hash) + "</p>";
