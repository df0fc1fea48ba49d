// generated case (gen_cases_js): category=domxss expected=true shape=iframe_document_write src=urlsp
const frame = document.getElementById("preview");
const doc = frame.contentDocument;
doc.open();
doc.write(new URL(location.href).searchParams.get("q")); // want: JS-DOM-XSS
doc.close();
