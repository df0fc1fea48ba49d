// generated case (gen_cases_js): category=domxss expected=true shape=docurl_split
const qs = document.URL.split("?")[1];
document.write(decodeURIComponent(qs)); // want: JS-DOM-XSS
