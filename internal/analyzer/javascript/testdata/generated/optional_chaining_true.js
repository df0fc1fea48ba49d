// generated case (gen_cases_js): category=domxss expected=true shape=optional_chaining
const params = new URLSearchParams(location.search);
document.getElementById("out").innerHTML = params?.get("q"); // want: JS-DOM-XSS
