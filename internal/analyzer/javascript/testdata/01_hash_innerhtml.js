// DOM XSS: location.hash written to innerHTML for a tab title
const title = decodeURIComponent(location.hash.slice(1));
document.getElementById("tab-title").innerHTML = "<h2>" + title + "</h2>"; // want: JS-DOM-XSS
