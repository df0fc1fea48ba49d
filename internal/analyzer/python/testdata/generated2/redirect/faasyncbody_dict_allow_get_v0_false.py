# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=dict_allow_get sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ALLOWED.get(param, "alpha")
    return RedirectResponse(bar)
