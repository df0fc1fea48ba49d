// generated case (gen_cases_js): category=domxss expected=true shape=destructure_array src=referrer
const [first] = document.referrer.split("&");
document.getElementById("out").innerHTML = first; // want: JS-DOM-XSS
