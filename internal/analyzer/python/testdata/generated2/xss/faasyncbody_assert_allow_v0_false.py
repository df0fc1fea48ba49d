# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=assert_allow sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    assert param in ALLOWED
    bar = param
    return HTMLResponse("<p>Hello " + bar + "</p>")
