# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=dict_allow_get sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ALLOWED.get(param, "alpha")
    return HTMLResponse("<p>Hello " + bar + "</p>")
