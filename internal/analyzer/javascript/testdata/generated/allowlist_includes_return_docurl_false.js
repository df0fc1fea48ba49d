// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_includes_return src=docurl
function showTab() {
  const tab = document.URL;
  if (!["home", "about", "faq"].includes(tab)) {
    return;
  }
  document.getElementById("tab").innerHTML = "<b>" + tab + "</b>";
}
showTab();
