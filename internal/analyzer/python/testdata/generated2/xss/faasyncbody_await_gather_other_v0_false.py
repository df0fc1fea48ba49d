# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=await_gather_other sink=v0 expected=false
import asyncio

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    return HTMLResponse("<p>Hello " + bar + "</p>")
