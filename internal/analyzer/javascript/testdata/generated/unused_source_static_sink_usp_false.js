// generated case (gen_cases_js): category=domxss expected=false shape=unused_source_static_sink src=usp
const q = new URLSearchParams(location.search).get("q");
console.log("query", q);
document.getElementById("out").innerHTML = "<b>Welcome back</b>";
