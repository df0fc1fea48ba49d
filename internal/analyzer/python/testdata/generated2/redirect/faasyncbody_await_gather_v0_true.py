# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=await_gather sink=v0 expected=true
import asyncio

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
