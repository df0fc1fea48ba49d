// generated case (gen_cases_js): category=domxss expected=true shape=msg_eval
addEventListener("message", (e) => {
  eval(e.data.code); // want: JS-DOM-XSS
});
