// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_array_indexof
const ALLOWED_ORIGINS = ["https://a.example.com", "https://b.example.com"];
window.addEventListener("message", (e) => {
  if (ALLOWED_ORIGINS.indexOf(e.origin) === -1) return;
  document.getElementById("msg").innerHTML = e.data;
});
