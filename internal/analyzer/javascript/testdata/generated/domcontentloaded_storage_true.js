// generated case (gen_cases_js): category=domxss expected=true shape=domcontentloaded src=storage
document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("q").innerHTML = localStorage.getItem("draft"); // want: JS-DOM-XSS
});
