// generated case (gen_cases_js): category=domxss expected=true shape=destructure_location
const { hash } = window.location;
document.getElementById("out").innerHTML = decodeURIComponent(hash.slice(1)); // want: JS-DOM-XSS
