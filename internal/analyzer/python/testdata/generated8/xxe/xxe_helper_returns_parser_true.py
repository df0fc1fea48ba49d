# generated case (gen8): category=xxe rule=PY-XXE fw=fastapi shape=helper_returns_parser expected=true
import io
from lxml import etree
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

def make_parser():
    return etree.XMLParser(resolve_entities=True, dtd_validation=False)


@app.api_route("/xxe_helper_returns_parser", methods=["GET", "POST"])
def case_helper_returns_parser(request: Request, q: str = Query("")):
    param = q
    tree = etree.parse(io.BytesIO(param.encode("utf-8")), make_parser())  # want: PY-XXE
    return {"result": str(tree.getroot().tag)}
