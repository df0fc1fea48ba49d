// generated case (gen_cases_js): category=domxss expected=true shape=nullish_default src=hashdec
const q = decodeURIComponent(location.hash.slice(1)) ?? "";
document.getElementById("out").innerHTML = "<b>" + q + "</b>"; // want: JS-DOM-XSS
