// generated case (gen_cases_js): category=domxss expected=true shape=promise_then src=hash
Promise.resolve(location.hash).then((v) => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
});
