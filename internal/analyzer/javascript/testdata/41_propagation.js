// DOM XSS: propagation through destructuring, +=, returns of local functions, callbacks
function readParam(name) {
  return new URLSearchParams(location.search).get(name);
}

const { hash } = window.location;
let html = "<ul>";
html += "<li>" + hash + "</li>";
document.getElementById("list").innerHTML = html; // want: JS-DOM-XSS

const term = readParam("term");
document.getElementById("term").insertAdjacentHTML("afterbegin", term.trim()); // want: JS-DOM-XSS

const tags = location.hash.slice(1).split(",");
tags.forEach((tag) => {
  document.getElementById("tags").innerHTML += `<span>${tag}</span>`; // want: JS-DOM-XSS
});

const range = document.createRange();
const frag = range.createContextualFragment(decodeURIComponent(location.search)); // want: JS-DOM-XSS
document.body.appendChild(frag);

const parts = location.hash.slice(1).split("&");
document.getElementById("parts").innerHTML = parts.map((p) => "<b>" + p + "</b>").join(""); // want: JS-DOM-XSS
