// generated case (gen_cases_js): category=domxss expected=true shape=url_object_hash
const u = new URL(location.href);
document.getElementById("out").innerHTML = decodeURIComponent(u.hash.slice(1)); // want: JS-DOM-XSS
