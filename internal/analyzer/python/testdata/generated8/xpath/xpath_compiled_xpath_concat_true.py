# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=fastapi shape=compiled_xpath_concat expected=true
from lxml import etree
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.api_route("/xpath_compiled_xpath_concat", methods=["GET", "POST"])
def case_compiled_xpath_concat(request: Request, q: str = Query("")):
    param = q
    finder = etree.XPath("//user[name='" + param + "']")  # want: PY-XPATH-INJECTION
    found = finder(DOC)
    return {"result": str(len(found))}
