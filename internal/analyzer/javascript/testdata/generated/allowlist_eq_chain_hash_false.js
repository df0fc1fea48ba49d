// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_eq_chain src=hash
function setMode() {
  const mode = location.hash;
  if (mode !== "grid" && mode !== "list") {
    return;
  }
  document.getElementById("mode").innerHTML = "<em>" + mode + "</em>";
}
setMode();
