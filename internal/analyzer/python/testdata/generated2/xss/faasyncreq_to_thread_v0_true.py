# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=to_thread sink=v0 expected=true
import asyncio

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = await asyncio.to_thread(str.strip, param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
