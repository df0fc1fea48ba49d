# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=fastapi shape=loop_equality_field expected=false
from lxml import etree
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")
FIELDS = ("name", "role")


@app.api_route("/xpath_loop_equality_field", methods=["GET", "POST"])
def case_loop_equality_field(request: Request, x_q: str = Header("")):
    param = x_q
    field = "name"
    for f in FIELDS:
        if f == param:
            field = f
    nodes = DOC.xpath("//user/" + field)
    return {"result": str(len(nodes))}
