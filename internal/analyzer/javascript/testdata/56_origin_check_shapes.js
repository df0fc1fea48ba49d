// DOM XSS: origin checks of message events in several shapes; the exact ones trust the data, the bypassable ones do not
const ALLOWED = ["https://a.example.com", "https://b.example.com"];
const ALLOWED_TEXT = "https://a.example.com https://b.example.com";

function isTrusted(origin) {
  return origin === "https://app.example.com";
}

function looksTrusted(origin) {
  return origin.startsWith("https://app.example.com");
}

window.addEventListener("message", (e) => {
  const origin = e.origin;
  if (origin !== "https://app.example.com") return;
  document.getElementById("a").innerHTML = e.data;
});

window.addEventListener("message", ({ origin, data }) => {
  if (origin !== "https://app.example.com") return;
  document.getElementById("b").innerHTML = data;
});

window.addEventListener("message", (e) => {
  if (!isTrusted(e.origin)) return;
  document.getElementById("c").innerHTML = e.data;
});

window.addEventListener("message", (e) => {
  if (!looksTrusted(e.origin)) return;
  document.getElementById("d").innerHTML = e.data; // want: JS-DOM-XSS
});

window.addEventListener("message", (e) => {
  if (ALLOWED.indexOf(e.origin) === -1) return;
  document.getElementById("e").innerHTML = e.data;
});

window.addEventListener("message", (e) => {
  if (ALLOWED_TEXT.indexOf(e.origin) === -1) return;
  document.getElementById("f").innerHTML = e.data; // want: JS-DOM-XSS
});

window.addEventListener("message", (e) => {
  if (new URL(e.origin).hostname !== "widgets.example.com") return;
  document.getElementById("g").innerHTML = e.data;
});

window.addEventListener("message", (e) => {
  if (!/^https:\/\/widgets\.example\.com$/.test(e.origin)) return;
  document.getElementById("h").innerHTML = e.data;
});

window.addEventListener("message", (e) => {
  if (!/^https:\/\/widgets.example.com$/.test(e.origin)) return;
  document.getElementById("i").innerHTML = e.data; // want: JS-DOM-XSS
});

window.addEventListener("message", ({ origin, data }) => {
  if (origin.length === 0) return;
  document.getElementById("j").innerHTML = data; // want: JS-DOM-XSS
});

window.addEventListener("message", (e) => {
  if (e.data.allowed.indexOf(e.origin) === -1) return;
  document.getElementById("k").innerHTML = e.data.html; // want: JS-DOM-XSS
});

window.addEventListener("message", (e) => {
  if (!/^https:\/\/\S{0,64}example\.com$/.test(e.origin)) return;
  document.getElementById("l").innerHTML = e.data; // want: JS-DOM-XSS
});
