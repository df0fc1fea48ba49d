// generated case (gen_cases_js): category=domxss expected=false shape=worker_onmessage
const worker = new Worker("/js/render-worker.js");
worker.postMessage({ cmd: "render" });
worker.onmessage = (e) => {
  document.getElementById("out").textContent = "";
  document.getElementById("out").innerHTML = e.data.html;
};
