// DOM XSS: document.URL fragment written with document.write
var lang = document.URL.split("lang=")[1] || "en";
document.write("<script src='/i18n/" + lang + ".js'></scr" + "ipt>"); // want: JS-DOM-XSS
