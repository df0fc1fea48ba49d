# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=await_chain sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await outer(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
