// generated case (gen_cases_js): category=domxss expected=false shape=escape_helper_named src=urlsp
function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

document.getElementById("out").innerHTML = "<p>" + escapeHtml(new URL(location.href).searchParams.get("q")) + "</p>";
