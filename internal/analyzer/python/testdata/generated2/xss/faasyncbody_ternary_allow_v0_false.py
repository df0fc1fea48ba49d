# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=ternary_allow sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param if param in ALLOWED else "alpha"
    return HTMLResponse("<p>Hello " + bar + "</p>")
