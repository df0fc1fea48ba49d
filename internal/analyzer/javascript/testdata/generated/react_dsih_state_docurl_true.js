// generated case (gen_cases_js): category=domxss expected=true shape=react_dsih_state src=docurl
function Page() {
  const [html, setHtml] = React.useState("");
  React.useEffect(() => {
    setHtml(document.URL);
  }, []);
  return <section dangerouslySetInnerHTML={{ __html: html }} />; // want: JS-DOM-XSS
}
export default Page;
