// generated case (gen_cases_js): category=domxss expected=false shape=map_join_escaped src=usp
function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const html = new URLSearchParams(location.search).get("q").split(",").map((t) => "<li>" + escapeHtml(t) + "</li>").join("");
document.getElementById("tags").innerHTML = html;
