# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=isdigit_ternary sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param if param.isdigit() else "0"
    return HTMLResponse("<p>Hello " + bar + "</p>")
