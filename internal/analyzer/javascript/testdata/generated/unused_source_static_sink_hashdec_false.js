// generated case (gen_cases_js): category=domxss expected=false shape=unused_source_static_sink src=hashdec
const q = decodeURIComponent(location.hash.slice(1));
console.log("query", q);
document.getElementById("out").innerHTML = "<b>Welcome back</b>";
