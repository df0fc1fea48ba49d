# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=fastapi shape=or_join_genexpr expected=true
from lxml import etree
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.api_route("/xpath_or_join_genexpr", methods=["GET", "POST"])
def case_or_join_genexpr(request: Request, q: str = Query("")):
    param = q
    cond = " or ".join(f"name='{p}'" for p in param.split(","))
    nodes = DOC.xpath(f"//user[{cond}]")  # want: PY-XPATH-INJECTION
    return {"result": str(len(nodes))}
