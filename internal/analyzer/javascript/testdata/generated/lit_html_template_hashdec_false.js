// generated case (gen_cases_js): category=domxss expected=false shape=lit_html_template src=hashdec
const q = decodeURIComponent(location.hash.slice(1));
render(html`<p class="q">${q}</p>`, document.getElementById("out"));
