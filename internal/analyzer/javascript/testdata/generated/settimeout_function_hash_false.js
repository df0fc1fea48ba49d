// generated case (gen_cases_js): category=domxss expected=false shape=settimeout_function src=hash
const v = location.hash;
setTimeout(() => {
  document.getElementById("out").textContent = v;
}, 100);
