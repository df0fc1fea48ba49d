# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=fastapi shape=ternary_const_field expected=false
from lxml import etree
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.api_route("/xpath_ternary_const_field", methods=["GET", "POST"])
def case_ternary_const_field(request: Request, q: str = Cookie("")):
    param = q
    field = "role" if param == "r" else "name"
    nodes = DOC.xpath("//user/" + field + "/text()")
    return {"result": str(nodes)}
