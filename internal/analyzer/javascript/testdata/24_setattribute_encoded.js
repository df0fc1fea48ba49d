// DOM XSS FALSE: encodeURIComponent into a safe attribute via setAttribute
const q = new URLSearchParams(location.search).get("q") || "";
const more = document.getElementById("more-results");
more.setAttribute("data-query", encodeURIComponent(q));
more.setAttribute("title", q);
