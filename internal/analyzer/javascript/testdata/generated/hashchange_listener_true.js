// generated case (gen_cases_js): category=domxss expected=true shape=hashchange_listener
window.addEventListener("hashchange", () => {
  document.getElementById("tab").innerHTML = decodeURIComponent(location.hash.slice(1)); // want: JS-DOM-XSS
});
