// generated case (gen_cases_js): category=domxss expected=true shape=array_element src=searchdec
const parts = [decodeURIComponent(location.search.slice(1)), "fallback"];
document.getElementById("out").innerHTML = parts[0]; // want: JS-DOM-XSS
