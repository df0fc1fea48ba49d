// generated case (gen_cases_js): category=domxss expected=true shape=callback_param src=hash
function withQuery(cb) {
  cb(location.hash);
}
withQuery((v) => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
});
