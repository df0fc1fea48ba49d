// Safe twins of the interprocedural shapes: callbacks, promises, object methods, factories, IIFEs and classes that carry input only to text sinks or constants to markup sinks.
class Banner {
  constructor(text) { this.text = text; this.title = "<b>hi</b>"; }
  render() { document.getElementById("b").innerHTML = this.title; }
  show() { document.getElementById("c").textContent = this.text; }
}
new Banner(location.hash).render();
function withQuery(cb) { cb(encodeURIComponent(location.hash)); }
withQuery((v) => { document.getElementById("out").innerHTML = v; });
function each(cb) { cb("<b>x</b>", location.hash); }
each((h, t) => { document.getElementById("o").innerHTML = h; document.getElementById("p").textContent = t; });
fetch("/api").then(r => r.json()).then(d => { document.body.innerHTML = d.html; });
Promise.resolve("<b>ok</b>").then(v => { document.body.innerHTML = v; });
new Promise((res) => res(location.hash)).then((v) => { document.body.textContent = v; });
const ui = { show(h) { document.getElementById("x").innerHTML = h; }, text(t) { document.getElementById("y").textContent = t; } };
ui.text(location.hash);
ui.show("<i>x</i>");
function make(el) { return (t) => { el.textContent = t; }; }
make(document.body)(location.hash);
(function (w) { w.document.title = w.name; })(window);
class Dom { static put(h) { document.body.innerHTML = h; } static safe(h) { document.body.textContent = h; } }
Dom.safe(location.hash);
Dom.put(parseInt(location.hash.slice(1), 10));
