// generated case (gen_cases_js): category=domxss expected=true shape=jq_on_hashchange
$(window).on("hashchange", function () {
  $("#view").html(decodeURIComponent(location.hash.slice(1))); // want: JS-DOM-XSS
});
