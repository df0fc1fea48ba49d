# generated case (gen8): category=xxe rule=PY-XXE fw=fastapi shape=async_xml_parser_no_network_off expected=true
from lxml import etree
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xxe_async_xml_parser_no_network_off", methods=["GET", "POST"])
async def case_async_xml_parser_no_network_off(request: Request, q: str = Cookie("")):
    param = q
    body = await request.body()
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    root = etree.XML(body, parser)  # want: PY-XXE
    return {"result": str([param, root.tag])}
