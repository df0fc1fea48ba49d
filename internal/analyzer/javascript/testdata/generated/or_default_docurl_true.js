// generated case (gen_cases_js): category=domxss expected=true shape=or_default src=docurl
const q = document.URL || "default";
document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
