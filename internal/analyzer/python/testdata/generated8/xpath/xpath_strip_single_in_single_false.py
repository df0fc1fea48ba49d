# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=fastapi shape=strip_single_in_single expected=false
from lxml import etree
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.api_route("/xpath_strip_single_in_single", methods=["GET", "POST"])
def case_strip_single_in_single(request: Request, q: str = ""):
    param = q
    name = param.replace("'", "")
    nodes = DOC.xpath("//user[name='" + name + "']")
    return {"result": str(len(nodes))}
