// generated case (gen_cases_js): category=domxss expected=false shape=equality_narrowing src=urlsp
const tab = new URL(location.href).searchParams.get("q");
if (tab === "settings") {
  document.getElementById("tab").innerHTML = "<b>" + tab + "</b>";
}
