// generated case (gen_cases_js): category=domxss expected=true shape=domcontentloaded src=searchdec
document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("q").innerHTML = decodeURIComponent(location.search.slice(1)); // want: JS-DOM-XSS
});
