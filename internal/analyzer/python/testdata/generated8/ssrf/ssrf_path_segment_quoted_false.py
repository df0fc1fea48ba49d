# generated case (gen8): category=ssrf rule=PY-SSRF fw=fastapi shape=path_segment_quoted expected=false
import requests
from urllib.parse import quote
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssrf_path_segment_quoted", methods=["GET", "POST"])
def case_path_segment_quoted(request: Request, q: str = ""):
    param = q
    url = "https://api.example.com/items/" + quote(param, safe="")
    resp = requests.get(url, timeout=5)  # want: PY-HTTP-NO-PROXY
    return {"result": str(resp.status_code)}
