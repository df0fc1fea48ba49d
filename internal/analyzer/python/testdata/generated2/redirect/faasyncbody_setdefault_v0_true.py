# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=setdefault sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    m = {}
    m.setdefault("k", param)
    bar = m["k"]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
