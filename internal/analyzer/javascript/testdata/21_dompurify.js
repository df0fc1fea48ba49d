// DOM XSS FALSE: DOMPurify.sanitize before innerHTML
const q = new URLSearchParams(location.search).get("q") || "";
const clean = DOMPurify.sanitize("<b>" + q + "</b>");
document.getElementById("search-banner").innerHTML = clean;
