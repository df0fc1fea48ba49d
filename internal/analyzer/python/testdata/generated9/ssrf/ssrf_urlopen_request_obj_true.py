# generated case (gen9): category=ssrf rule=PY-SSRF fw=fastapi shape=urlopen_request_obj expected=true
import urllib.request
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssrf_urlopen_request_obj", methods=["GET", "POST"])
def case_urlopen_request_obj(request: Request, q: str = Query("")):
    param = q
    with urllib.request.urlopen(urllib.request.Request(param), timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        body = resp.read()
    return {"result": str(len(body))}
