// DOM XSS: document.writeln of the full location.href
document.writeln("<p>You are viewing: " + location.href + "</p>"); // want: JS-DOM-XSS
