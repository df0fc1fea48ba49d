// generated case (gen_cases_js): category=domxss expected=true shape=ternary_source
const label = location.hash ? location.hash.slice(1) : "home";
document.getElementById("label").innerHTML = label; // want: JS-DOM-XSS
