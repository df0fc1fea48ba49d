// DOM XSS: URLSearchParams(location.search) value into outerHTML
const params = new URLSearchParams(window.location.search);
const q = params.get("q") || "";
const banner = document.querySelector("#search-banner");
banner.outerHTML = `<div id="search-banner">Results for ${q}</div>`; // want: JS-DOM-XSS
