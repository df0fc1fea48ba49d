# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=fastapi shape=sorted_union_parts expected=true
from lxml import etree
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.api_route("/xpath_sorted_union_parts", methods=["GET", "POST"])
def case_sorted_union_parts(request: Request, q: str = Cookie("")):
    param = q
    parts = sorted(param.split("|"))
    nodes = DOC.xpath(" | ".join("//user[name='%s']" % p for p in parts))  # want: PY-XPATH-INJECTION
    return {"result": str(len(nodes))}
