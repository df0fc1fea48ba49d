// generated case (gen_cases_js): category=domxss expected=true shape=onhashchange
window.onhashchange = function () {
  document.getElementById("tab").innerHTML = "<h2>" + location.hash + "</h2>"; // want: JS-DOM-XSS
};
