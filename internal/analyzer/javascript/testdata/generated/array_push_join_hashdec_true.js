// generated case (gen_cases_js): category=domxss expected=true shape=array_push_join src=hashdec
const rows = [];
rows.push("<li>" + decodeURIComponent(location.hash.slice(1)) + "</li>");
document.getElementById("list").innerHTML = rows.join(""); // want: JS-DOM-XSS
