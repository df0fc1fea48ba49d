// generated case (gen_cases_js): category=domxss expected=false shape=settimeout_function src=usp
const v = new URLSearchParams(location.search).get("q");
setTimeout(() => {
  document.getElementById("out").textContent = v;
}, 100);
