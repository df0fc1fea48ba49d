// DOM XSS FALSE: server data and URL parameter shown via textContent and createElement
const id = encodeURIComponent(new URLSearchParams(location.search).get("id") || "");
fetch("/api/products/" + id)
  .then((r) => r.json())
  .then((p) => {
    const h = document.createElement("h2");
    h.textContent = p.name;
    document.getElementById("product").appendChild(h);
  });
