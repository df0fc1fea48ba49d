// generated case (gen_cases_js): category=domxss expected=true shape=javascript_prefix_href src=searchdec
const link = document.getElementById("show");
link.href = "javascript:show('" + decodeURIComponent(location.search.substring(1)) + "')"; // want: JS-DOM-XSS
