// generated case (gen_cases_js): category=domxss expected=false shape=short_circuit_const src=hashdec
const ENABLE_PREVIEW = false;
ENABLE_PREVIEW && (document.getElementById("preview").innerHTML = decodeURIComponent(location.hash.slice(1)));
