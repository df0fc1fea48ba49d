// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_includes_return src=storage
function showTab() {
  const tab = localStorage.getItem("draft");
  if (!["home", "about", "faq"].includes(tab)) {
    return;
  }
  document.getElementById("tab").innerHTML = "<b>" + tab + "</b>";
}
showTab();
