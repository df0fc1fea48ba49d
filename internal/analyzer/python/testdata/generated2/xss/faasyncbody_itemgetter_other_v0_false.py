# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=itemgetter_other sink=v0 expected=false
import operator

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = operator.itemgetter("q")({"p": param, "q": "safe"})
    return HTMLResponse("<p>Hello " + bar + "</p>")
