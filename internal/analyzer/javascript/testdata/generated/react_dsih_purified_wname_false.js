// generated case (gen_cases_js): category=domxss expected=false shape=react_dsih_purified src=wname
function Preview() {
  const html = DOMPurify.sanitize(window.name);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
export default Preview;
