# generated case (gen9): category=ssrf rule=PY-SSRF fw=fastapi shape=hex_path_segment expected=false
import requests
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssrf_hex_path_segment", methods=["GET", "POST"])
def case_hex_path_segment(request: Request, q: str = Cookie("")):
    param = q
    resp = requests.get("https://api.example.com/u/" + param.encode("utf-8").hex(), timeout=5)  # want: PY-HTTP-NO-PROXY
    return {"result": str(resp.status_code)}
