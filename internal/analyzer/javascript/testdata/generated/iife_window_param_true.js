// generated case (gen_cases_js): category=domxss expected=true shape=iife_window_param
(function (w) {
  w.document.getElementById("who").innerHTML = w.name; // want: JS-DOM-XSS
})(window);
