// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_subscript src=usp
const el = document.getElementById("out");
el["innerHTML"] = new URLSearchParams(location.search).get("q"); // want: JS-DOM-XSS
