// generated case (gen_cases_js): category=domxss expected=false shape=escape_replace_map_callback src=wname
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const toText = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
document.getElementById("out").innerHTML = "<li>" + toText(window.name) + "</li>";
