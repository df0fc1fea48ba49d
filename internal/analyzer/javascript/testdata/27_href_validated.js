// DOM XSS FALSE: next URL only used when it is a same-origin relative path; assigned via URL object
const next = new URLSearchParams(location.search).get("next") || "/";
const url = new URL(next, location.origin);
if (url.origin === location.origin) {
  document.getElementById("continue").href = url.pathname;
}
