// DOM XSS: location.hash evaluated as code
const cfg = location.hash.substring(1);
if (cfg) {
  const settings = eval("(" + decodeURIComponent(cfg) + ")"); // want: JS-DOM-XSS
  console.log(settings);
}
