// DOM XSS: window.name used as the body of new Function
const restore = new Function(window.name); // want: JS-DOM-XSS
restore();
