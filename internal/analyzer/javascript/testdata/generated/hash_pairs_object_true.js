// generated case (gen_cases_js): category=domxss expected=true shape=hash_pairs_object
const params = {};
location.hash.slice(1).split("&").forEach((kv) => {
  const [k, v] = kv.split("=");
  params[k] = decodeURIComponent(v);
});
document.getElementById("title").innerHTML = params.title; // want: JS-DOM-XSS
