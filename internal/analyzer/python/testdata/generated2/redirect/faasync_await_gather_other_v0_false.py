# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=await_gather_other sink=v0 expected=false
import asyncio

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    return RedirectResponse(bar)
