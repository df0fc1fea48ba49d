// generated case (gen_cases_js): category=domxss expected=true shape=foreach_callback src=storage
[localStorage.getItem("draft")].forEach((v) => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
});
