# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=await_gather sink=v0 expected=true
import asyncio

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
