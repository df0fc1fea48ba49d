// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_eq_chain src=urlsp
function setMode() {
  const mode = new URL(location.href).searchParams.get("q");
  if (mode !== "grid" && mode !== "list") {
    return;
  }
  document.getElementById("mode").innerHTML = "<em>" + mode + "</em>";
}
setMode();
