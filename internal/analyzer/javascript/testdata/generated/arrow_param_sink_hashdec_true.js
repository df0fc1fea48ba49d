// generated case (gen_cases_js): category=domxss expected=true shape=arrow_param_sink src=hashdec
const render = (html) => {
  document.getElementById("out").innerHTML = "<div>" + html + "</div>"; // want: JS-DOM-XSS
};
render(decodeURIComponent(location.hash.slice(1)));
