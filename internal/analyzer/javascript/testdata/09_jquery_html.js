// DOM XSS: jQuery .html() and .append() with the hash value
$(function () {
  const section = location.hash.replace("#", "");
  $("#breadcrumb").html("<li>" + section + "</li>"); // want: JS-DOM-XSS
  $("#log").append("<p>Opened " + section + "</p>"); // want: JS-DOM-XSS
});
