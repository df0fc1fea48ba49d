# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=defaultdict_used sink=v0 expected=true
import collections

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["p"]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
