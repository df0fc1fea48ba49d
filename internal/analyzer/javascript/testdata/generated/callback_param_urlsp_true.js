// generated case (gen_cases_js): category=domxss expected=true shape=callback_param src=urlsp
function withQuery(cb) {
  cb(new URL(location.href).searchParams.get("q"));
}
withQuery((v) => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
});
