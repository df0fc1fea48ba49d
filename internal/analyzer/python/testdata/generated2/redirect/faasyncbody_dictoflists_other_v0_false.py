# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=dictoflists_other sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["a"][0]
    return RedirectResponse(bar)
