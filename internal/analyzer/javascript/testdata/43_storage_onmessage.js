// DOM XSS: Web Storage and window.onmessage
const draft = localStorage.getItem("draft");
document.getElementById("editor").innerHTML = draft; // want: JS-DOM-XSS

window.onmessage = function (e) {
  const payload = JSON.parse(e.data);
  document.getElementById("widget").outerHTML = payload.markup; // want: JS-DOM-XSS
};

function onBridgeMessage(ev) {
  eval(ev.data.code); // want: JS-DOM-XSS
}
window.addEventListener("message", onBridgeMessage);
