# generated case (gen9): category=xxe rule=PY-XXE fw=fastapi shape=partial_parser_factory expected=true
import functools

from lxml import etree
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xxe_partial_parser_factory", methods=["GET", "POST"])
def case_partial_parser_factory(request: Request, q: str = Body("", embed=True)):
    param = q
    make = functools.partial(etree.XMLParser, resolve_entities=True)
    root = etree.fromstring(param.encode("utf-8"), make())  # want: PY-XXE
    return {"result": str(root.tag)}
