// generated case (gen_cases_js): category=domxss expected=true shape=logical_or_assign src=usp
let q = "";
q ||= new URLSearchParams(location.search).get("q");
document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
