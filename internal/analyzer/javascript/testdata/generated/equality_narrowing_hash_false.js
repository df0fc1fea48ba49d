// generated case (gen_cases_js): category=domxss expected=false shape=equality_narrowing src=hash
const tab = location.hash;
if (tab === "settings") {
  document.getElementById("tab").innerHTML = "<b>" + tab + "</b>";
}
