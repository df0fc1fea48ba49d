// generated case (gen_cases_js): category=domxss expected=true shape=iframe_document_write src=wname
const frame = document.getElementById("preview");
const doc = frame.contentDocument;
doc.open();
doc.write(window.name); // want: JS-DOM-XSS
doc.close();
