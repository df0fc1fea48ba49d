// DOM XSS FALSE: taint killed on every path, unrelated variables, boolean checks
let label = location.hash;
if (label.length > 10) {
  label = "long";
} else {
  label = "short";
}
document.getElementById("label").innerHTML = label;

const hasDebug = location.search.includes("debug");
document.getElementById("dbg").innerHTML = hasDebug ? "<b>debug</b>" : "";

const isAdmin = Boolean(location.hash);
document.getElementById("admin").innerHTML = String(isAdmin);

for (const k of ["a", "b"]) {
  document.getElementById(k).innerHTML = "<em>" + k + "</em>";
}

try {
  JSON.parse("{}");
} catch (err) {
  document.getElementById("err").innerHTML = "<p>Could not load</p>";
}

switch (location.hash) {
  case "#a":
    document.getElementById("sw").innerHTML = "<b>A</b>";
    break;
  default:
    document.getElementById("sw").innerHTML = "<b>?</b>";
}
