// Element kinds and inert documents: an image's or video's src loads no
// script, a style element's text is no code, parsed markup read as text or
// text nodes inserted run nothing, jQuery text/title properties are text.
const img = new Image();
img.src = location.hash.slice(1);
const v = document.createElement("video");
v.setAttribute("src", location.hash.slice(1));
const s = document.createElement("style");
s.textContent = location.hash;
const doc = new DOMParser().parseFromString(location.hash, "text/html");
document.getElementById("out").textContent = doc.body.textContent;
document.getElementById("out").append(document.createTextNode(location.hash));
const $p = $("<p>", { text: location.hash, title: location.hash });
$p.appendTo("#x");
