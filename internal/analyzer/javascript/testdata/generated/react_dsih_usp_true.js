// generated case (gen_cases_js): category=domxss expected=true shape=react_dsih src=usp
function Preview() {
  const html = new URLSearchParams(location.search).get("q");
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // want: JS-DOM-XSS
}
export default Preview;
