// generated case (gen_cases_js): category=domxss expected=true shape=loop_accumulate src=wname
let html = "";
for (const p of window.name.split("&")) {
  html += "<li>" + p + "</li>";
}
document.getElementById("list").innerHTML = html; // want: JS-DOM-XSS
