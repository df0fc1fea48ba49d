# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=walrus_len sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    return RedirectResponse(bar)
