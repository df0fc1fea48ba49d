// generated case (gen_cases_js): category=domxss expected=false shape=jq_get_html src=wname
$.get("/fragments/sidebar", { q: window.name }, function (html) {
  $("#sidebar").html(html);
});
