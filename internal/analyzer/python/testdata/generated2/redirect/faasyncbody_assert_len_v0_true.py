# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=assert_len sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    assert len(param) < 100
    bar = param
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
