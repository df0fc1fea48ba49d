// generated case (gen_cases_js): category=domxss expected=false shape=escape_helper_quoted_attr src=wname
function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const q = window.name;
document.getElementById("out").innerHTML = '<input value="' + escapeHtml(q) + '">';
