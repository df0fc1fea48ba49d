# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=closure_factory sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def make_getter(value):
    def getter():
        return value
    return getter


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = make_getter(param)()
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
