// generated case (gen_cases_js): category=domxss expected=false shape=escape_helper_quoted_attr src=hashsub
function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const q = location.hash.substring(1);
document.getElementById("out").innerHTML = '<input value="' + escapeHtml(q) + '">';
