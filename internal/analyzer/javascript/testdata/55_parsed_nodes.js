// An iframe's src is a URL sink; nodes of markup parsed in an inert
// document run their handlers once inserted into the page.
const f = document.createElement("iframe");
f.src = location.hash.slice(1); // want: JS-DOM-XSS
const inert = document.implementation.createHTMLDocument("");
inert.body.innerHTML = location.hash;
document.body.appendChild(inert.body.firstChild); // want: JS-DOM-XSS
