// generated case (gen_cases_js): category=domxss expected=true shape=load_listener src=hashdec
window.addEventListener("load", function () {
  document.getElementById("ref").innerHTML = "From: " + decodeURIComponent(location.hash.slice(1)); // want: JS-DOM-XSS
});
