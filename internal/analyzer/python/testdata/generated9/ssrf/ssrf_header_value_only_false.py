# generated case (gen9): category=ssrf rule=PY-SSRF fw=fastapi shape=header_value_only expected=false
import requests
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssrf_header_value_only", methods=["GET", "POST"])
def case_header_value_only(request: Request, x_q: str = Header("")):
    param = x_q
    resp = requests.get("https://api.example.com/ping", headers={"X-Trace": param}, timeout=5)  # want: PY-HTTP-NO-PROXY
    return {"result": str(resp.status_code)}
