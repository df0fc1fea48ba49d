// generated case (gen_cases_js): category=domxss expected=true shape=usp_iteration
const table = document.getElementById("params");
for (const [k, v] of new URLSearchParams(location.search)) {
  table.innerHTML += "<tr><td>" + k + "</td><td>" + v + "</td></tr>"; // want: JS-DOM-XSS
}
