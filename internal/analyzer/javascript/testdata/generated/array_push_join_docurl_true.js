// generated case (gen_cases_js): category=domxss expected=true shape=array_push_join src=docurl
const rows = [];
rows.push("<li>" + document.URL + "</li>");
document.getElementById("list").innerHTML = rows.join(""); // want: JS-DOM-XSS
