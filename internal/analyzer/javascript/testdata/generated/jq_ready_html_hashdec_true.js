// generated case (gen_cases_js): category=domxss expected=true shape=jq_ready_html src=hashdec
$(function () {
  $("#greeting").html("Hi " + decodeURIComponent(location.hash.slice(1))); // want: JS-DOM-XSS
});
