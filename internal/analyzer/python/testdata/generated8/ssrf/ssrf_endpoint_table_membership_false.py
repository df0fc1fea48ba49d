# generated case (gen8): category=ssrf rule=PY-SSRF fw=fastapi shape=endpoint_table_membership expected=false
import requests
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

ENDPOINTS = {"status": "https://status.example.com/", "default": "https://www.example.com/"}


@app.api_route("/ssrf_endpoint_table_membership", methods=["GET", "POST"])
def case_endpoint_table_membership(request: Request, q: str = Cookie("")):
    param = q
    url = ENDPOINTS[param] if param in ENDPOINTS else ENDPOINTS["default"]
    resp = requests.get(url, timeout=5)  # want: PY-HTTP-NO-PROXY
    return {"result": str(resp.status_code)}
