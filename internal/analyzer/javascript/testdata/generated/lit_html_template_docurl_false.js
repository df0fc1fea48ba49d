// generated case (gen_cases_js): category=domxss expected=false shape=lit_html_template src=docurl
const q = document.URL;
render(html`<p class="q">${q}</p>`, document.getElementById("out"));
