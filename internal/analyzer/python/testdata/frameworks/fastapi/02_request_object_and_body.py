# FastAPI: Request object (query_params, headers, cookies, await body/json) and pydantic body str fields are tainted
import pickle

import requests
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel

app = FastAPI()
EGRESS = {"https": "http://egress.internal:3128"}


class Webhook(BaseModel):
    url: str
    retries: int = 3


@app.post("/webhooks/test")
def test_webhook(hook: Webhook):
    r = requests.post(hook.url, json={"ping": True}, proxies=EGRESS, timeout=5)  # want: PY-SSRF
    return {"status": r.status_code, "retries": hook.retries}


@app.get("/hello", response_class=HTMLResponse)
async def hello(request: Request):
    name = request.query_params.get("name", "world")
    return HTMLResponse(f"<h1>Hello {name}</h1>")  # want: PY-XSS


@app.get("/continue")
async def cont(request: Request):
    return RedirectResponse(request.headers.get("x-return-to", "/"))  # want: PY-OPEN-REDIRECT


@app.post("/state")
async def restore_state(request: Request):
    blob = await request.body()
    return {"state": str(pickle.loads(blob))}  # want: PY-DESERIALIZATION


@app.get("/greet")
def greet(name: str):
    return {"message": f"Hello {name}"}
