# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=enumerate_value sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
