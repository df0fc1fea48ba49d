// Safe twins of scoping and containers: a block's own const, a hoisted
// function called while the global it reads is constant, containers holding
// only encoded input, a later Object.assign source overriding a field, keys
// only counted.
const q = "<i>x</i>";
{
  const q = location.hash;
  document.getElementById("a").textContent = q;
}
document.getElementById("b").innerHTML = q;
function paint() { document.getElementById("c").innerHTML = value; }
let value = "<b>static</b>";
paint();
value = location.hash;
document.getElementById("d").textContent = value;
const rows = [];
rows.push(encodeURIComponent(location.hash));
document.getElementById("e").innerHTML = rows.join("");
const m = new Map();
m.set("q", location.hash);
document.getElementById("f").textContent = m.get("q");
const o = Object.assign({}, { title: location.hash }, { title: "<b>x</b>" });
document.getElementById("g").innerHTML = o.title;
const counts = {};
counts[location.hash] = 1;
document.getElementById("h").innerHTML = "<b>" + Object.keys(counts).length + "</b>";
