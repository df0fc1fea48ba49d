# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=direct sink=safe-api expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param
    return HTMLResponse("<p>Hello " + html.escape(bar) + "</p>")
