// DOM XSS: "javascript:" URL built with tainted data assigned to href
const next = new URLSearchParams(location.search).get("next");
const link = document.getElementById("continue");
link.href = "javascript:go('" + next + "')"; // want: JS-DOM-XSS
