// generated case (gen_cases_js): category=domxss expected=true shape=async_await src=referrer
async function load() {
  return document.referrer;
}
(async () => {
  document.getElementById("out").innerHTML = await load(); // want: JS-DOM-XSS
})();
