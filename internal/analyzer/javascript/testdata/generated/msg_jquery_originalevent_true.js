// generated case (gen_cases_js): category=domxss expected=true shape=msg_jquery_originalevent
$(window).on("message", function (e) {
  $("#msg").html(e.originalEvent.data); // want: JS-DOM-XSS
});
