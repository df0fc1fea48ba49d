# generated case (gen8): category=ssrf rule=PY-SSRF fw=fastapi shape=urljoin_absolute_override expected=true
import requests
from urllib.parse import urljoin
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssrf_urljoin_absolute_override", methods=["GET", "POST"])
def case_urljoin_absolute_override(request: Request, q: str = Query("")):
    param = q
    url = urljoin("https://api.example.com/v1/", param)
    resp = requests.get(url, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return {"result": str(resp.status_code)}
