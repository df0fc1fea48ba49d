// generated case (gen_cases_js): category=domxss expected=true shape=new_promise_then src=wname
const p = new Promise((resolve) => resolve(window.name));
p.then((v) => {
  document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
});
