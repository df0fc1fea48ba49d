// generated case (gen_cases_js): category=domxss expected=false shape=template_replace_escaped src=searchdec
function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const tpl = document.getElementById("tpl").innerHTML;
document.getElementById("out").innerHTML = tpl.replace("{{name}}", escapeHtml(decodeURIComponent(location.search.slice(1))));
