# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=dict_allow_get_default_param sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ALLOWED.get("zeta", param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
