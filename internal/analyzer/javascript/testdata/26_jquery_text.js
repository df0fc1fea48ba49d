// DOM XSS FALSE: jQuery .text() and .attr() with the hash; .html() only with a constant
$(function () {
  const section = location.hash.replace("#", "");
  $("#breadcrumb").text(section);
  $("#breadcrumb").attr("data-section", section);
  $("#loading").html("<em>Loading…</em>");
});
