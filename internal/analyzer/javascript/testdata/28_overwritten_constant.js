// DOM XSS FALSE: tainted variable overwritten with a constant before innerHTML
let banner = location.hash.slice(1);
banner = "<strong>Welcome back!</strong>";
document.getElementById("banner").innerHTML = banner;
