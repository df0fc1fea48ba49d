// safeshop front-end helpers: text only, never HTML from the URL.
document.addEventListener("DOMContentLoaded", function () {
  var banner = document.getElementById("banner");
  if (banner && location.hash.length > 1) {
    banner.textContent = "Welcome back, " + decodeURIComponent(location.hash.slice(1));
  }
  var search = document.querySelector("input[name=q]");
  if (search) {
    search.addEventListener("focus", function () { search.select(); });
  }
});
