// generated case (gen_cases_js): category=domxss expected=true shape=arrow_param_sink src=docurl
const render = (html) => {
  document.getElementById("out").innerHTML = "<div>" + html + "</div>"; // want: JS-DOM-XSS
};
render(document.URL);
