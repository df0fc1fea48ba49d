// generated case (gen_cases_js): category=domxss expected=false shape=fetch_text_innerhtml src=hashdec
const q = decodeURIComponent(location.hash.slice(1));
fetch("/api/search?q=" + encodeURIComponent(q))
  .then((r) => r.text())
  .then((html) => {
    document.getElementById("results").innerHTML = html;
  });
