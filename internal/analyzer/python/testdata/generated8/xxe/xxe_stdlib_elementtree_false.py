# generated case (gen8): category=xxe rule=PY-XXE fw=fastapi shape=stdlib_elementtree expected=false
import xml.etree.ElementTree as ET
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xxe_stdlib_elementtree", methods=["GET", "POST"])
def case_stdlib_elementtree(request: Request, x_q: str = Header("")):
    param = x_q
    root = ET.fromstring(param)
    return {"result": str(root.tag)}
