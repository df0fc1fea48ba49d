// DOM XSS FALSE: query value converted with parseInt/Number before innerHTML
const page = parseInt(new URLSearchParams(location.search).get("page"), 10) || 1;
const size = Number(new URLSearchParams(location.search).get("size")) || 20;
document.getElementById("pager").innerHTML = `<span>Page ${page} (${size} per page)</span>`;
