// generated case (gen_cases_js): category=domxss expected=true shape=allowlist_check_not_guarding src=usp
const tab = new URLSearchParams(location.search).get("q");
if (["home", "about"].includes(tab)) {
  console.log("known tab");
}
document.getElementById("tab").innerHTML = tab; // want: JS-DOM-XSS
