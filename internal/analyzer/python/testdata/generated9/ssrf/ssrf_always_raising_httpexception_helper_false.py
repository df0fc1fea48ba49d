# generated case (gen9): category=ssrf rule=PY-SSRF fw=fastapi shape=always_raising_httpexception_helper expected=false
import requests
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

def forbidden():
    raise HTTPException(status_code=403, detail="outbound fetch disabled")


@app.api_route("/ssrf_always_raising_httpexception_helper", methods=["GET", "POST"])
def case_always_raising_httpexception_helper(request: Request, q: str = Query("")):
    param = q
    forbidden()
    resp = requests.get(param, timeout=5)
    return {"result": str(resp.status_code)}
