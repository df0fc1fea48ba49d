# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=walrus_len sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    return HTMLResponse("<p>Hello " + bar + "</p>")
