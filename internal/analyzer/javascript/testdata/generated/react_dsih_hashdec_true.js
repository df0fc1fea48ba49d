// generated case (gen_cases_js): category=domxss expected=true shape=react_dsih src=hashdec
function Preview() {
  const html = decodeURIComponent(location.hash.slice(1));
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // want: JS-DOM-XSS
}
export default Preview;
