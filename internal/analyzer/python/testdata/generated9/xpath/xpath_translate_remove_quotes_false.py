# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=fastapi shape=translate_remove_quotes expected=false
from lxml import etree
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.api_route("/xpath_translate_remove_quotes", methods=["GET", "POST"])
def case_translate_remove_quotes(request: Request, q: str = Query("")):
    param = q
    clean = param.translate(str.maketrans("", "", "'\""))
    nodes = DOC.xpath("//user[name='" + clean + "']")
    return {"result": str(len(nodes))}
