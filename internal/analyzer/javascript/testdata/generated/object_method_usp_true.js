// generated case (gen_cases_js): category=domxss expected=true shape=object_method src=usp
const ui = {
  show(html) {
    document.getElementById("out").innerHTML = html; // want: JS-DOM-XSS
  },
};
ui.show(new URLSearchParams(location.search).get("q"));
