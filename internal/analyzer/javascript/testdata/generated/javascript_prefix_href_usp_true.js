// generated case (gen_cases_js): category=domxss expected=true shape=javascript_prefix_href src=usp
const link = document.getElementById("show");
link.href = "javascript:show('" + new URLSearchParams(location.search).get("next") + "')"; // want: JS-DOM-XSS
