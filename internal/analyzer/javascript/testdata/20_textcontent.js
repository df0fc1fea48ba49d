// DOM XSS FALSE: location.hash written with textContent / innerText
const title = decodeURIComponent(location.hash.slice(1));
document.getElementById("tab-title").textContent = title;
document.getElementById("crumb").innerText = title;
