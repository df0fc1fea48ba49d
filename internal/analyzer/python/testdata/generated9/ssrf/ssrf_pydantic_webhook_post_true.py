# generated case (gen9): category=ssrf rule=PY-SSRF fw=fastapi shape=pydantic_webhook_post expected=true
import requests
from pydantic import BaseModel
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class Hook(BaseModel):
    url: str
    secret: str = ""


@app.api_route("/ssrf_pydantic_webhook_post", methods=["GET", "POST"])
def case_pydantic_webhook_post(request: Request, hook: Hook):
    resp = requests.post(hook.url, json={"event": "ping"}, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return {"result": str(resp.status_code)}
