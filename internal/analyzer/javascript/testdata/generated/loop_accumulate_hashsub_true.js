// generated case (gen_cases_js): category=domxss expected=true shape=loop_accumulate src=hashsub
let html = "";
for (const p of location.hash.substring(1).split("&")) {
  html += "<li>" + p + "</li>";
}
document.getElementById("list").innerHTML = html; // want: JS-DOM-XSS
