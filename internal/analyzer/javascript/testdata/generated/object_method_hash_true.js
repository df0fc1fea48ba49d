// generated case (gen_cases_js): category=domxss expected=true shape=object_method src=hash
const ui = {
  show(html) {
    document.getElementById("out").innerHTML = html; // want: JS-DOM-XSS
  },
};
ui.show(location.hash);
