// generated case (gen_cases_js): category=domxss expected=false shape=react_dsih_purified src=hashsub
function Preview() {
  const html = DOMPurify.sanitize(location.hash.substring(1));
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
export default Preview;
