// generated case (gen_cases_js): category=domxss expected=true shape=async_await src=hashsub
async function load() {
  return location.hash.substring(1);
}
(async () => {
  document.getElementById("out").innerHTML = await load(); // want: JS-DOM-XSS
})();
