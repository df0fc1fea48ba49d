// generated case (gen_cases_js): category=domxss expected=true shape=promise_then src=urlsp
Promise.resolve(new URL(location.href).searchParams.get("q")).then((v) => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
});
