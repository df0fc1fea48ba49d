# generated case (gen9): category=xxe rule=PY-XXE fw=fastapi shape=unused_unsafe_parser expected=false
from lxml import etree
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

UNSAFE_PARSER = etree.XMLParser(resolve_entities=True)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@app.api_route("/xxe_unused_unsafe_parser", methods=["GET", "POST"])
def case_unused_unsafe_parser(request: Request, q: str = Body("", embed=True)):
    param = q
    root = etree.fromstring(param.encode("utf-8"), SAFE_PARSER)
    return {"result": str(root.tag)}
