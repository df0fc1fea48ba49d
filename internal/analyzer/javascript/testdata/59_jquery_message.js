// DOM XSS: postMessage through jQuery's event object
$(window).on("message", function (e) {
  $("#msg").html(e.originalEvent.data); // want: JS-DOM-XSS
});

$(window).on("message", function (e) {
  if (e.originalEvent.origin !== "https://app.example.com") return;
  $("#ok").html(e.originalEvent.data);
});

$(window).on("resize", function (e) {
  $("#size").html(e.originalEvent.data);
});
