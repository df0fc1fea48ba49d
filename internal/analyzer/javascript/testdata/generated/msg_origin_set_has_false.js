// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_set_has
const ALLOWED_ORIGINS = new Set(["https://a.example.com"]);
window.addEventListener("message", (e) => {
  if (ALLOWED_ORIGINS.has(e.origin)) {
    eval(e.data.code);
  }
});
