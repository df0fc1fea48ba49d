// The first part of a split string keeps the string's start: the page's own URL stays a URL of this page
const shareLink = location.href.split("#")[0];
document.getElementById("share").href = shareLink; // (starts with this page's origin: no javascript: URL)

const fragment = location.hash.split("&")[0];
document.getElementById("frag").innerHTML = fragment; // want: JS-DOM-XSS

const target = location.search.split("next=")[1];
document.getElementById("next").href = target; // want: JS-DOM-XSS
