// DOM XSS: URL and event-handler attribute sinks, location assignment, jQuery $() with markup
const target = new URLSearchParams(location.search).get("to");
document.querySelector("a.next").setAttribute("href", target); // want: JS-DOM-XSS
document.querySelector("button").setAttribute("onclick", "go('" + target + "')"); // want: JS-DOM-XSS
window.location = target; // want: JS-DOM-XSS
location.href = encodeURI(target); // want: JS-DOM-XSS
const panel = $("<div class='panel'>" + window.name + "</div>"); // want: JS-DOM-XSS
$(location.hash.substring(1)).show(); // want: JS-DOM-XSS
panel.appendTo("body");
